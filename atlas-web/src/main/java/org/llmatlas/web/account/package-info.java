/**
 * Accounts, roles, login and how people get an account: the first admin (setup token or environment), invitations
 * by an admin, local passwords (bcrypt, cost 12) with login rate limiting, and optional OIDC login.
 */
package org.llmatlas.web.account;
