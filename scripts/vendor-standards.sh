#!/bin/sh
# Fetch the vendored standards (content/standards/README.md) again from their publishers. Run by hand, never by a build or a
# test; then review the diff, and update the versions in content/standards/README.md and the tests that name them.
set -eu
cd "$(dirname "$0")/../content/standards"
TEI_VERSION=4.10.2
fetch() { curl --fail --silent --show-error --location --output "$1" "$2"; }
fetch w3c/anno.jsonld http://www.w3.org/ns/anno.jsonld
fetch tei/tei_all.rng "https://www.tei-c.org/Vault/P5/${TEI_VERSION}/xml/tei/custom/schema/relaxng/tei_all.rng"
fetch akn/akomantoso30.xsd http://docs.oasis-open.org/legaldocml/akn-core/v1.0/cs01/part2-specs/schemas/akomantoso30.xsd
fetch akn/xml.xsd http://www.w3.org/2009/01/xml.xsd
head -c 600 tei/tei_all.rng | grep -o 'TEI Edition: [^.]*\.[0-9.]*'
