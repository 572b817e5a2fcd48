package org.llmatlas.web.catalog;

import org.llmatlas.web.testing.H2Database;

@H2Database
class CatalogPagesOnH2Test extends CatalogPagesSpec {}
