package com.logicrm.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a person types about one contact of a customer (ARC-7). The last seven facts matter for
 * individual customers, where the contact is the customer (occupation, income, purchase habits).
 */
public record ContactDetails(
        @NotBlank @Size(max = 60) String name,
        DepartmentRole departmentRole,
        ContactLevel level,
        Boolean decisionMaker,
        @Size(max = 60) String title,
        @Size(max = 30) String mobile,
        @Size(max = 40) String phone,
        @Size(max = 254) String email,
        @Size(max = 60) String wechat,
        LocalDate birthday,
        @Size(max = 500) String interests,
        @Size(max = 1000) String notes,
        @Size(max = 60) String occupation,
        @Size(max = 60) String incomeLevel,
        @Size(max = 500) String hobbies,
        @Size(max = 200) String purchaseBrands,
        @Size(max = 100) String purchaseFrequency,
        @Size(max = 100) String purchaseTime,
        @Size(max = 100) String purchasePricePoint,
        Boolean primary) {

    boolean isDecisionMaker() {
        return Boolean.TRUE.equals(decisionMaker);
    }

    boolean isPrimary() {
        return Boolean.TRUE.equals(primary);
    }

    /** The facts as text, field by field, for the change history. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("departmentRole", departmentRole == null ? null : departmentRole.name());
        values.put("level", level == null ? null : level.name());
        values.put("decisionMaker", String.valueOf(isDecisionMaker()));
        values.put("title", title);
        values.put("mobile", mobile);
        values.put("phone", phone);
        values.put("email", email);
        values.put("wechat", wechat);
        values.put("birthday", birthday == null ? null : birthday.toString());
        values.put("interests", interests);
        values.put("notes", notes);
        values.put("occupation", occupation);
        values.put("incomeLevel", incomeLevel);
        values.put("hobbies", hobbies);
        values.put("purchaseBrands", purchaseBrands);
        values.put("purchaseFrequency", purchaseFrequency);
        values.put("purchaseTime", purchaseTime);
        values.put("purchasePricePoint", purchasePricePoint);
        values.put("primary", String.valueOf(isPrimary()));
        return values;
    }

    ContactDetails withPhones(String newMobile, String newPhone, String newEmail) {
        return new ContactDetails(name, departmentRole, level, decisionMaker, title, newMobile, newPhone, newEmail,
                wechat, birthday, interests, notes, occupation, incomeLevel, hobbies, purchaseBrands,
                purchaseFrequency, purchaseTime, purchasePricePoint, primary);
    }
}
