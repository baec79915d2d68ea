<?xml version="1.0" encoding="UTF-8"?>
<!--
  Renders a libauctreg practice record print-out (执业记录, <practice_record>
  in namespace urn:auctreg:1) as a printable HTML page (XSLT 1.0).
  Usage: xsltproc practice-record.xsl record.xml > record.html
  Amounts: turnover is shown in 万元 (yuan / 10000), CE hours in hours (tenths / 10).
-->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:a="urn:auctreg:1"
                exclude-result-prefixes="a">

  <xsl:output method="html" encoding="UTF-8" indent="yes"
              doctype-system="about:legacy-compat"/>

  <xsl:template match="/a:practice_record">
    <html lang="zh-CN">
      <head>
        <meta charset="UTF-8"/>
        <title>拍卖师执业记录 <xsl:value-of select="@mgmt_no"/></title>
        <style>
          body { font-family: sans-serif; margin: 2em; }
          table { border-collapse: collapse; margin-bottom: 1.5em; }
          th, td { border: 1px solid #888; padding: 0.3em 0.6em; text-align: left; }
          th { background: #eee; }
          td.num { text-align: right; }
          @media print { body { margin: 0; } }
        </style>
      </head>
      <body>
        <h1>拍卖师执业记录</h1>
        <p>执业证书管理号：<xsl:value-of select="@mgmt_no"/>
           　打印日期：<xsl:value-of select="@generated_on"/></p>
        <h2>基本信息</h2>
        <table class="person">
          <xsl:apply-templates select="a:person/*"/>
        </table>
        <xsl:apply-templates select="a:enterprise"/>
        <h2>注册记录</h2>
        <table class="registrations">
          <tr><th>注册年度</th><th>注册类型</th><th>结果</th><th>付款状态</th><th>会员</th><th>继续教育学时</th></tr>
          <xsl:for-each select="a:registration">
            <tr>
              <td><xsl:value-of select="@year"/></td>
              <td><xsl:call-template name="type"><xsl:with-param name="c" select="@type"/></xsl:call-template></td>
              <td><xsl:call-template name="state"><xsl:with-param name="c" select="@state"/></xsl:call-template></td>
              <td><xsl:call-template name="pay"><xsl:with-param name="c" select="@pay_status"/></xsl:call-template></td>
              <td><xsl:if test="@member = 'true' or @member = '1'">是</xsl:if></td>
              <td class="num"><xsl:if test="@ce_total_tenths"><xsl:value-of select="format-number(@ce_total_tenths div 10, '0.0')"/></xsl:if></td>
            </tr>
          </xsl:for-each>
        </table>
        <xsl:for-each select="a:registration[a:practice or a:ce]">
          <h3><xsl:value-of select="@year"/> 年度</h3>
          <xsl:if test="a:practice">
            <table class="practice">
              <tr><th>主持拍卖场次</th><th>主要标的类型</th><th>总成交额（万元）</th></tr>
              <xsl:for-each select="a:practice/a:record">
                <tr>
                  <td class="num"><xsl:value-of select="@sessions"/></td>
                  <td><xsl:choose>
                        <xsl:when test="@subject_label"><xsl:value-of select="@subject_label"/></xsl:when>
                        <xsl:otherwise><xsl:value-of select="@subject"/></xsl:otherwise>
                      </xsl:choose></td>
                  <td class="num"><xsl:value-of select="format-number(@turnover_yuan div 10000, '0.0000')"/></td>
                </tr>
              </xsl:for-each>
            </table>
          </xsl:if>
          <xsl:if test="a:ce">
            <table class="ce">
              <tr><th>参加继续教育的项目</th><th>继续教育学时</th></tr>
              <xsl:for-each select="a:ce/a:record">
                <tr>
                  <td><xsl:value-of select="@item"/></td>
                  <td class="num"><xsl:value-of select="format-number(@hours_tenths div 10, '0.0')"/></td>
                </tr>
              </xsl:for-each>
            </table>
          </xsl:if>
        </xsl:for-each>
      </body>
    </html>
  </xsl:template>

  <!-- One person field: its Chinese caption, then its label or value. -->
  <xsl:template match="a:person/*">
    <tr>
      <th><xsl:call-template name="caption"><xsl:with-param name="f" select="local-name()"/></xsl:call-template></th>
      <td><xsl:choose>
            <xsl:when test="@label"><xsl:value-of select="@label"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
          </xsl:choose></td>
    </tr>
  </xsl:template>

  <xsl:template match="a:enterprise">
    <h2>注册单位</h2>
    <table class="enterprise">
      <tr><th>拍卖企业</th><td><xsl:value-of select="."/></td></tr>
      <tr><th>统一社会信用代码</th><td><xsl:value-of select="@uscc"/></td></tr>
      <tr><th>所在省份</th><td><xsl:choose>
        <xsl:when test="@province_label"><xsl:value-of select="@province_label"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="@province"/></xsl:otherwise>
      </xsl:choose></td></tr>
    </table>
  </xsl:template>

  <xsl:template name="caption">
    <xsl:param name="f"/>
    <xsl:choose>
      <xsl:when test="$f = 'name'">姓名</xsl:when>
      <xsl:when test="$f = 'gender'">性别</xsl:when>
      <xsl:when test="$f = 'id_type'">证件类型</xsl:when>
      <xsl:when test="$f = 'id_number'">证件号码</xsl:when>
      <xsl:when test="$f = 'id_valid_until'">证件有效期</xsl:when>
      <xsl:when test="$f = 'mgmt_no'">执业证书管理号</xsl:when>
      <xsl:when test="$f = 'birth_date'">出生日期</xsl:when>
      <xsl:when test="$f = 'work_start_date'">从事拍卖时间</xsl:when>
      <xsl:when test="$f = 'political_status'">政治面貌</xsl:when>
      <xsl:when test="$f = 'ethnicity'">民族</xsl:when>
      <xsl:when test="$f = 'nationality'">国籍</xsl:when>
      <xsl:when test="$f = 'education'">学历</xsl:when>
      <xsl:when test="$f = 'postal_code'">邮编</xsl:when>
      <xsl:when test="$f = 'phone'">电话</xsl:when>
      <xsl:when test="$f = 'email'">邮箱</xsl:when>
      <xsl:when test="$f = 'residence_city'">常住地（市）</xsl:when>
      <xsl:when test="$f = 'residence_county'">常住地（县）</xsl:when>
      <xsl:when test="$f = 'address'">联系地址</xsl:when>
      <xsl:otherwise><xsl:value-of select="$f"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="type">
    <xsl:param name="c"/>
    <xsl:choose>
      <xsl:when test="$c = 'RENEWAL'">拍卖师注册</xsl:when>
      <xsl:when test="$c = 'REREGISTRATION'">拍卖师再注册</xsl:when>
      <xsl:when test="$c = 'FIRST'">拍卖师首次注册</xsl:when>
      <xsl:when test="$c = 'UNSET'">未确定</xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="state">
    <xsl:param name="c"/>
    <xsl:choose>
      <xsl:when test="$c = 'DRAFT'">草稿</xsl:when>
      <xsl:when test="$c = 'SUBMITTED'">已提交</xsl:when>
      <xsl:when test="$c = 'AWAITING_PAYMENT'">待付款</xsl:when>
      <xsl:when test="$c = 'ENTERPRISE_REVIEW'">企业审核中</xsl:when>
      <xsl:when test="$c = 'PROVINCE_REVIEW'">省拍协审核中</xsl:when>
      <xsl:when test="$c = 'NATIONAL_REVIEW'">中拍协审核中</xsl:when>
      <xsl:when test="$c = 'REJECTED'">驳回</xsl:when>
      <xsl:when test="$c = 'APPROVED'">已通过</xsl:when>
      <xsl:when test="$c = 'WITHDRAWN'">已撤回</xsl:when>
      <xsl:otherwise><xsl:value-of select="$c"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="pay">
    <xsl:param name="c"/>
    <xsl:choose>
      <xsl:when test="$c = 'UNPAID'">未付款</xsl:when>
      <xsl:when test="$c = 'PAID'">已付款</xsl:when>
      <xsl:when test="$c = 'MEMBER_EXEMPT'">会员免缴</xsl:when>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
