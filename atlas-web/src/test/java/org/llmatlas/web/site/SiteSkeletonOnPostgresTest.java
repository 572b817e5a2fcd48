package org.llmatlas.web.site;

import org.llmatlas.web.testing.PostgresDatabase;

@PostgresDatabase
class SiteSkeletonOnPostgresTest extends SiteSkeletonSpec {}
