/** Who may see what: public catalog pages for everyone, organisation workspaces for their members only. */
package org.llmatlas.web.security;
