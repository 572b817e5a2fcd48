package org.llmatlas.web.catalog;

import org.llmatlas.web.testing.PostgresDatabase;

@PostgresDatabase
class CatalogPagesOnPostgresTest extends CatalogPagesSpec {}
