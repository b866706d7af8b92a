package com.logicrm.customer.web;

import com.logicrm.customer.ContactDetails;
import com.logicrm.customer.ContactLevel;
import com.logicrm.customer.ContactView;
import com.logicrm.customer.DepartmentRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The contact form: a JavaBean because Thymeleaf's form binding needs setters; the module takes {@link ContactDetails}. */
class ContactForm {

    @NotBlank
    @Size(max = 60)
    private String name;
    private DepartmentRole departmentRole;
    private ContactLevel level;
    private boolean decisionMaker;
    @Size(max = 60)
    private String title;
    @Size(max = 30)
    private String mobile;
    @Size(max = 40)
    private String phone;
    @Size(max = 254)
    private String email;
    @Size(max = 60)
    private String wechat;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthday;
    @Size(max = 500)
    private String interests;
    @Size(max = 1000)
    private String notes;
    @Size(max = 60)
    private String occupation;
    @Size(max = 60)
    private String incomeLevel;
    @Size(max = 500)
    private String hobbies;
    @Size(max = 200)
    private String purchaseBrands;
    @Size(max = 100)
    private String purchaseFrequency;
    @Size(max = 100)
    private String purchaseTime;
    @Size(max = 100)
    private String purchasePricePoint;
    private boolean primary;
    private Integer version;

    static ContactForm from(ContactView contact) {
        ContactDetails d = contact.details();
        ContactForm form = new ContactForm();
        form.name = d.name();
        form.departmentRole = d.departmentRole();
        form.level = d.level();
        form.decisionMaker = Boolean.TRUE.equals(d.decisionMaker());
        form.title = d.title();
        form.mobile = d.mobile();
        form.phone = d.phone();
        form.email = d.email();
        form.wechat = d.wechat();
        form.birthday = d.birthday();
        form.interests = d.interests();
        form.notes = d.notes();
        form.occupation = d.occupation();
        form.incomeLevel = d.incomeLevel();
        form.hobbies = d.hobbies();
        form.purchaseBrands = d.purchaseBrands();
        form.purchaseFrequency = d.purchaseFrequency();
        form.purchaseTime = d.purchaseTime();
        form.purchasePricePoint = d.purchasePricePoint();
        form.primary = Boolean.TRUE.equals(d.primary());
        form.version = contact.version();
        return form;
    }

    ContactDetails details() {
        return new ContactDetails(name, departmentRole, level, decisionMaker, title, mobile, phone, email, wechat, birthday, interests, notes, occupation, incomeLevel, hobbies, purchaseBrands, purchaseFrequency, purchaseTime, purchasePricePoint, primary);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public DepartmentRole getDepartmentRole() {
        return departmentRole;
    }

    public void setDepartmentRole(DepartmentRole departmentRole) {
        this.departmentRole = departmentRole;
    }

    public ContactLevel getLevel() {
        return level;
    }

    public void setLevel(ContactLevel level) {
        this.level = level;
    }

    public boolean isDecisionMaker() {
        return decisionMaker;
    }

    public void setDecisionMaker(boolean decisionMaker) {
        this.decisionMaker = decisionMaker;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWechat() {
        return wechat;
    }

    public void setWechat(String wechat) {
        this.wechat = wechat;
    }

    public LocalDate getBirthday() {
        return birthday;
    }

    public void setBirthday(LocalDate birthday) {
        this.birthday = birthday;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public String getIncomeLevel() {
        return incomeLevel;
    }

    public void setIncomeLevel(String incomeLevel) {
        this.incomeLevel = incomeLevel;
    }

    public String getHobbies() {
        return hobbies;
    }

    public void setHobbies(String hobbies) {
        this.hobbies = hobbies;
    }

    public String getPurchaseBrands() {
        return purchaseBrands;
    }

    public void setPurchaseBrands(String purchaseBrands) {
        this.purchaseBrands = purchaseBrands;
    }

    public String getPurchaseFrequency() {
        return purchaseFrequency;
    }

    public void setPurchaseFrequency(String purchaseFrequency) {
        this.purchaseFrequency = purchaseFrequency;
    }

    public String getPurchaseTime() {
        return purchaseTime;
    }

    public void setPurchaseTime(String purchaseTime) {
        this.purchaseTime = purchaseTime;
    }

    public String getPurchasePricePoint() {
        return purchasePricePoint;
    }

    public void setPurchasePricePoint(String purchasePricePoint) {
        this.purchasePricePoint = purchasePricePoint;
    }

    public boolean isPrimary() {
        return primary;
    }

    public void setPrimary(boolean primary) {
        this.primary = primary;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
