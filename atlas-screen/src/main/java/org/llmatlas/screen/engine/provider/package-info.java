/**
 * Chat clients for providers that do not speak the OpenAI-compatible API, through LangChain4j, and the routing
 * client that picks one by the candidate's base URL prefix (e.g. {@code anthropic:https://api.anthropic.com/v1}).
 */
package org.llmatlas.screen.engine.provider;
