package com.logicrm.access.web;

import com.logicrm.shared.DomainProblem;
import org.springframework.validation.BindingResult;

/** Puts a refused command's reason next to the field it is about, or at the top of the form. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult result, DomainProblem problem) {
        if (problem.field() != null && result.getFieldType(problem.field()) != null) {
            result.rejectValue(problem.field(), problem.messageCode(), problem.arguments(), problem.messageCode());
        } else {
            result.reject(problem.messageCode(), problem.arguments(), problem.messageCode());
        }
    }
}
