package org.llmatlas.web.coding;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /agreement}: public agreement figures over all reconciled proposals: per field (alpha, raw agreement), per
 * coder pair and field (kappa), per coder (including the LLM coder), and over time as a chart.
 */
@Controller
class AgreementController {

    private final AgreementService agreement;

    AgreementController(AgreementService agreement) {
        this.agreement = agreement;
    }

    @GetMapping("/agreement")
    String dashboard(Model model) {
        AgreementReport report = agreement.report();
        model.addAttribute("report", report);
        model.addAttribute("chart", AgreementChart.of(report.overTime()));
        return "coding/agreement";
    }
}
