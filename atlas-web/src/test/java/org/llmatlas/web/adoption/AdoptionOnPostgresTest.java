package org.llmatlas.web.adoption;

import org.llmatlas.web.testing.PostgresDatabase;

@PostgresDatabase
class AdoptionOnPostgresTest extends AdoptionSpec {}
