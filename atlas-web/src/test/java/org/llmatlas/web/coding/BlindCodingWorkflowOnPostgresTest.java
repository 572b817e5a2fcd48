package org.llmatlas.web.coding;

import org.llmatlas.web.testing.PostgresDatabase;

@PostgresDatabase
class BlindCodingWorkflowOnPostgresTest extends BlindCodingWorkflowSpec {}
