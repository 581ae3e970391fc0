package org.consortia.risk;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reports each missing part beside its own field. */
public class CompleteEntryValidator implements ConstraintValidator<CompleteEntry, RiskEntry> {

    @Override
    public boolean isValid(RiskEntry entry, ConstraintValidatorContext context) {
        if (entry == null) {
            return true;
        }
        boolean valid = true;
        context.disableDefaultConstraintViolation();
        if (entry.needsContingencyPlan() && isBlank(entry.getContingencyPlan())) {
            context.buildConstraintViolationWithTemplate("{risk.contingencyPlan.required}")
                    .addPropertyNode("contingencyPlan").addConstraintViolation();
            valid = false;
        }
        if (entry.getAllocation() == Allocation.TRANSFERRED) {
            if (isBlank(entry.getTransferredTo())) {
                context.buildConstraintViolationWithTemplate("{risk.transferredTo.required}")
                        .addPropertyNode("transferredTo").addConstraintViolation();
                valid = false;
            }
            if (isBlank(entry.getTransferReason())) {
                context.buildConstraintViolationWithTemplate("{risk.transferReason.required}")
                        .addPropertyNode("transferReason").addConstraintViolation();
                valid = false;
            }
        }
        return valid;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
