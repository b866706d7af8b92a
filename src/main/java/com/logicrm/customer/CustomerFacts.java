package com.logicrm.customer;

import com.logicrm.shared.Confidentiality;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a person types about a customer: what registering creates and what editing changes.
 * The lifecycle stage, archive number and owner history have operations of their own. {@code tags} are
 * free tags (ARC-15); null means none.
 */
public record CustomerFacts(
        @NotNull CustomerKind kind,
        CustomerCategory category,
        @Size(max = 40) String specialType,
        CustomerRelation relation,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String shortName,
        @Size(max = 30) String creditCode,
        @Size(max = 30) String residentId,
        @Size(max = 60) String legalForm,
        @Size(max = 60) String industry,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal registeredCapital,
        @Size(max = 60) String ownership,
        @Size(max = 2000) String businessScope,
        LocalDate registrationDate,
        LocalDate foundingDate,
        LocalDate tradingSince,
        @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal assets,
        @Min(0) @Max(10_000_000) Integer staffCount,
        @Size(max = 6) String regionCode,
        @Size(max = 300) String address,
        @Size(max = 40) String phone,
        @Size(max = 30) String mobile,
        @Size(max = 254) String email,
        @Size(max = 200) String website,
        NeedsSegment needsSegment,
        Confidentiality confidentiality,
        Long ownerId,
        @Valid OperatorProfile operator,
        @Valid Characteristics characteristics,
        @Valid BusinessStatus businessStatus,
        @Valid Behaviour behaviour,
        List<String> tags) {
}
