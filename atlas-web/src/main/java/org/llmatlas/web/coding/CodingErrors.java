package org.llmatlas.web.coding;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/**
 * Shows refusals of the coding workflow (blind coding, conflicting edits, wrong state) as a page with the reason and
 * the right status code, instead of a bare error: the reason tells the user what to do next.
 */
@ControllerAdvice(basePackages = {"org.llmatlas.web.coding", "org.llmatlas.web.account"})
class CodingErrors {

    @ExceptionHandler(ResponseStatusException.class)
    String refused(ResponseStatusException e, HttpServletResponse response, Model model) {
        response.setStatus(e.getStatusCode().value());
        model.addAttribute("status", e.getStatusCode().value());
        model.addAttribute("reason", e.getReason());
        return "coding/refused";
    }
}
