package org.llmatlas.web.coding;

import org.llmatlas.web.testing.H2Database;

@H2Database
class BlindCodingWorkflowOnH2Test extends BlindCodingWorkflowSpec {}
