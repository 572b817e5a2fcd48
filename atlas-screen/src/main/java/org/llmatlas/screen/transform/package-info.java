/**
 * Adversarial prompt transforms (Yao et al. 2023; Zou et al. 2023; Wei et al. 2023): jailbreak and role-play
 * templates, prefix injection, refusal suppression, encodings, payload splitting, few- and many-shot priming and a
 * multi-turn escalation driven by an attacker model. Screening with them shows hidden characteristics that plain
 * benchmark prompts miss: a model that refuses a harmful request may comply once it is wrapped. Every transform is
 * deterministic given a seed, so a run can be repeated exactly. The templates are this project's own wording, in
 * the spirit of the published attack families.
 */
package org.llmatlas.screen.transform;
