package com.logicrm.shared.web;

import com.logicrm.shared.DomainProblem;
import org.springframework.validation.BindingResult;

/** Puts a refused command's reason next to the form field it names, or above the form. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, DomainProblem problem) {
        String field = problem.field();
        if (field != null && result.getFieldType(field) != null) {
            result.rejectValue(field, problem.messageCode(), problem.arguments(), problem.messageCode());
        } else {
            result.reject(problem.messageCode(), problem.arguments(), problem.messageCode());
        }
    }
}
