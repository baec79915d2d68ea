<?php
// XML interchange from PHP: application round trip, registry export/import.
require __DIR__ . '/world.inc.php';
$a = new AuctregApplication();
$a->set_int(AUCTREG_APP_YEAR, 2026);
$a->set_person(wang_bei());
$a->document_add('consent', 'c.pdf', PDF);
$xml = auctreg_xml_application_write($a, 0);
$b = auctreg_xml_application_read($xml);
assert(auctreg_xml_application_write($b, 0) === $xml);
assert($b->document_content(0) === PDF);
assert(auctreg_xml_validate($xml) === null);
try { auctreg_xml_validate('<application'); assert(false); } catch (AuctregXmlException $e) {
    assert(str_starts_with($e->getReason(), 'xml.'));
}
try { auctreg_xml_validate(42); assert(false); } catch (TypeError $e) {}

$r = open_world();
$id = create($r, WANG, 0);
$export = auctreg_xml_export($r, AUCTREG_ROLE_ADMIN, 'admin', null);
assert(str_contains($export, '王蓓'));
$apps = auctreg_xml_export($r, AUCTREG_ROLE_NATIONAL, 'cn', ['what' => AUCTREG_XML_EXPORT_APPLICATIONS, 'year' => 2026]);
assert(str_contains($apps, '<application'));
try { auctreg_xml_export($r, AUCTREG_ROLE_ADMIN, 'admin', ['year' => '2026']); assert(false); } catch (TypeError $e) {}
try { auctreg_xml_export($r, AUCTREG_ROLE_APPLICANT, WANG, null); assert(false); } catch (AuctregDeniedException $e) {}
$copy = new AuctregRegistry(':memory:', null);
assert(auctreg_xml_import($copy, AUCTREG_ROLE_ADMIN, 'admin', $export) > 0);
$p = $copy->get_application(AUCTREG_ROLE_NATIONAL, 'cn', $id)->person();
assert($p->get(AUCTREG_PERSON_ID_NUMBER) === '410103198007250027');
echo "xml: ok\n";
