package org.llmatlas.web.adoption;

import org.llmatlas.web.testing.H2Database;

@H2Database
class AdoptionOnH2Test extends AdoptionSpec {}
