package org.llmatlas.web.site;

import org.llmatlas.web.testing.H2Database;

@H2Database
class SiteSkeletonOnH2Test extends SiteSkeletonSpec {}
