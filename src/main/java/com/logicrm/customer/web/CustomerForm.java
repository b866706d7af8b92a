package com.logicrm.customer.web;

import com.logicrm.customer.Behaviour;
import com.logicrm.customer.BusinessStatus;
import com.logicrm.customer.Characteristics;
import com.logicrm.customer.CustomerCategory;
import com.logicrm.customer.CustomerFacts;
import com.logicrm.customer.CustomerKind;
import com.logicrm.customer.CustomerRelation;
import com.logicrm.customer.CustomerTags;
import com.logicrm.customer.NeedsSegment;
import com.logicrm.customer.OperatorProfile;
import com.logicrm.shared.Confidentiality;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The customer form as the browser posts it. A JavaBean because Thymeleaf's form binding needs
 * setters; it converts to and from the module's {@link CustomerFacts} and is never persisted.
 */
class CustomerForm {
    private CustomerKind kind;
    private CustomerCategory category;
    private String specialType;
    private CustomerRelation relation;
    private String name;
    private String shortName;
    private String creditCode;
    private String residentId;
    private String legalForm;
    private String industry;
    private BigDecimal registeredCapital;
    private String ownership;
    private String businessScope;
    private LocalDate registrationDate;
    private LocalDate foundingDate;
    private LocalDate tradingSince;
    private BigDecimal assets;
    private Integer staffCount;
    private String regionCode;
    private String address;
    private String phone;
    private String mobile;
    private String email;
    private String website;
    private NeedsSegment needsSegment;
    private Confidentiality confidentiality;
    private Long ownerId;
    /** The free tags as typed: separated by commas or 、. */
    private String tags;
    /** COL-1 source code of the information entered (not one of the facts: it describes this entry). */
    private String source;
    private Integer version;
    private String reason;
    private final OperatorProfileFields operator = new OperatorProfileFields();
    private final CharacteristicsFields characteristics = new CharacteristicsFields();
    private final BusinessStatusFields businessStatus = new BusinessStatusFields();
    private final BehaviourFields behaviour = new BehaviourFields();

    static CustomerForm from(CustomerFacts facts, int version) {
        CustomerForm form = new CustomerForm();
        form.kind = facts.kind();
        form.category = facts.category();
        form.specialType = facts.specialType();
        form.relation = facts.relation();
        form.name = facts.name();
        form.shortName = facts.shortName();
        form.creditCode = facts.creditCode();
        form.residentId = facts.residentId();
        form.legalForm = facts.legalForm();
        form.industry = facts.industry();
        form.registeredCapital = facts.registeredCapital();
        form.ownership = facts.ownership();
        form.businessScope = facts.businessScope();
        form.registrationDate = facts.registrationDate();
        form.foundingDate = facts.foundingDate();
        form.tradingSince = facts.tradingSince();
        form.assets = facts.assets();
        form.staffCount = facts.staffCount();
        form.regionCode = facts.regionCode();
        form.address = facts.address();
        form.phone = facts.phone();
        form.mobile = facts.mobile();
        form.email = facts.email();
        form.website = facts.website();
        form.needsSegment = facts.needsSegment();
        form.confidentiality = facts.confidentiality();
        form.ownerId = facts.ownerId();
        form.tags = CustomerTags.joined(facts.tags());
        if (facts.operator() != null) {
            form.operator.name = facts.operator().name();
            form.operator.age = facts.operator().age();
            form.operator.education = facts.operator().education();
            form.operator.experience = facts.operator().experience();
            form.operator.abilities = facts.operator().abilities();
            form.operator.personality = facts.operator().personality();
            form.operator.workingStyle = facts.operator().workingStyle();
            form.operator.achievements = facts.operator().achievements();
            form.operator.interests = facts.operator().interests();
            form.operator.family = facts.operator().family();
            form.operator.impression = facts.operator().impression();
            form.operator.reputation = facts.operator().reputation();
        }
        if (facts.characteristics() != null) {
            form.characteristics.serviceArea = facts.characteristics().serviceArea();
            form.characteristics.potential = facts.characteristics().potential();
            form.characteristics.philosophy = facts.characteristics().philosophy();
            form.characteristics.scale = facts.characteristics().scale();
            form.characteristics.traits = facts.characteristics().traits();
            form.characteristics.culture = facts.characteristics().culture();
            form.characteristics.policy = facts.characteristics().policy();
        }
        if (facts.businessStatus() != null) {
            form.businessStatus.situation = facts.businessStatus().situation();
            form.businessStatus.problems = facts.businessStatus().problems();
            form.businessStatus.prospects = facts.businessStatus().prospects();
            form.businessStatus.customerRelations = facts.businessStatus().customerRelations();
            form.businessStatus.bankRelations = facts.businessStatus().bankRelations();
            form.businessStatus.payment = facts.businessStatus().payment();
            form.businessStatus.performance = facts.businessStatus().performance();
            form.businessStatus.competitors = facts.businessStatus().competitors();
        }
        if (facts.behaviour() != null) {
            form.behaviour.response = facts.behaviour().response();
            form.behaviour.frequency = facts.behaviour().frequency();
            form.behaviour.value = facts.behaviour().value();
            form.behaviour.channel = facts.behaviour().channel();
        }
        form.version = version;
        return form;
    }

    CustomerFacts facts() {
        return new CustomerFacts(
                kind, category, specialType, relation, name, shortName, creditCode, residentId,
                legalForm, industry, registeredCapital, ownership, businessScope, registrationDate,
                foundingDate, tradingSince, assets, staffCount, regionCode, address, phone, mobile,
                email, website, needsSegment, confidentiality, ownerId, operator.value(),
                characteristics.value(), businessStatus.value(), behaviour.value(), CustomerTags.split(tags));
    }

    public CustomerKind getKind() {
        return kind;
    }

    public void setKind(CustomerKind kind) {
        this.kind = kind;
    }

    public CustomerCategory getCategory() {
        return category;
    }

    public void setCategory(CustomerCategory category) {
        this.category = category;
    }

    public String getSpecialType() {
        return specialType;
    }

    public void setSpecialType(String specialType) {
        this.specialType = specialType;
    }

    public CustomerRelation getRelation() {
        return relation;
    }

    public void setRelation(CustomerRelation relation) {
        this.relation = relation;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getResidentId() {
        return residentId;
    }

    public void setResidentId(String residentId) {
        this.residentId = residentId;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(String legalForm) {
        this.legalForm = legalForm;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public BigDecimal getRegisteredCapital() {
        return registeredCapital;
    }

    public void setRegisteredCapital(BigDecimal registeredCapital) {
        this.registeredCapital = registeredCapital;
    }

    public String getOwnership() {
        return ownership;
    }

    public void setOwnership(String ownership) {
        this.ownership = ownership;
    }

    public String getBusinessScope() {
        return businessScope;
    }

    public void setBusinessScope(String businessScope) {
        this.businessScope = businessScope;
    }

    public LocalDate getRegistrationDate() {
        return registrationDate;
    }

    public void setRegistrationDate(LocalDate registrationDate) {
        this.registrationDate = registrationDate;
    }

    public LocalDate getFoundingDate() {
        return foundingDate;
    }

    public void setFoundingDate(LocalDate foundingDate) {
        this.foundingDate = foundingDate;
    }

    public LocalDate getTradingSince() {
        return tradingSince;
    }

    public void setTradingSince(LocalDate tradingSince) {
        this.tradingSince = tradingSince;
    }

    public BigDecimal getAssets() {
        return assets;
    }

    public void setAssets(BigDecimal assets) {
        this.assets = assets;
    }

    public Integer getStaffCount() {
        return staffCount;
    }

    public void setStaffCount(Integer staffCount) {
        this.staffCount = staffCount;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public NeedsSegment getNeedsSegment() {
        return needsSegment;
    }

    public void setNeedsSegment(NeedsSegment needsSegment) {
        this.needsSegment = needsSegment;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public OperatorProfileFields getOperator() {
        return operator;
    }

    public CharacteristicsFields getCharacteristics() {
        return characteristics;
    }

    public BusinessStatusFields getBusinessStatus() {
        return businessStatus;
    }

    public BehaviourFields getBehaviour() {
        return behaviour;
    }

    /** The operator group of the form. */
    public static class OperatorProfileFields {
        private String name;
        private Integer age;
        private String education;
        private String experience;
        private String abilities;
        private String personality;
        private String workingStyle;
        private String achievements;
        private String interests;
        private String family;
        private String impression;
        private String reputation;

        OperatorProfile value() {
            return new OperatorProfile(name, age, education, experience, abilities, personality, workingStyle,
                    achievements, interests, family, impression, reputation);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getAge() {
            return age;
        }

        public void setAge(Integer age) {
            this.age = age;
        }

        public String getEducation() {
            return education;
        }

        public void setEducation(String education) {
            this.education = education;
        }

        public String getExperience() {
            return experience;
        }

        public void setExperience(String experience) {
            this.experience = experience;
        }

        public String getAbilities() {
            return abilities;
        }

        public void setAbilities(String abilities) {
            this.abilities = abilities;
        }

        public String getPersonality() {
            return personality;
        }

        public void setPersonality(String personality) {
            this.personality = personality;
        }

        public String getWorkingStyle() {
            return workingStyle;
        }

        public void setWorkingStyle(String workingStyle) {
            this.workingStyle = workingStyle;
        }

        public String getAchievements() {
            return achievements;
        }

        public void setAchievements(String achievements) {
            this.achievements = achievements;
        }

        public String getInterests() {
            return interests;
        }

        public void setInterests(String interests) {
            this.interests = interests;
        }

        public String getFamily() {
            return family;
        }

        public void setFamily(String family) {
            this.family = family;
        }

        public String getImpression() {
            return impression;
        }

        public void setImpression(String impression) {
            this.impression = impression;
        }

        public String getReputation() {
            return reputation;
        }

        public void setReputation(String reputation) {
            this.reputation = reputation;
        }
    }

    /** The characteristics group of the form. */
    public static class CharacteristicsFields {
        private String serviceArea;
        private String potential;
        private String philosophy;
        private String scale;
        private String traits;
        private String culture;
        private String policy;

        Characteristics value() {
            return new Characteristics(serviceArea, potential, philosophy, scale, traits, culture, policy);
        }

        public String getServiceArea() {
            return serviceArea;
        }

        public void setServiceArea(String serviceArea) {
            this.serviceArea = serviceArea;
        }

        public String getPotential() {
            return potential;
        }

        public void setPotential(String potential) {
            this.potential = potential;
        }

        public String getPhilosophy() {
            return philosophy;
        }

        public void setPhilosophy(String philosophy) {
            this.philosophy = philosophy;
        }

        public String getScale() {
            return scale;
        }

        public void setScale(String scale) {
            this.scale = scale;
        }

        public String getTraits() {
            return traits;
        }

        public void setTraits(String traits) {
            this.traits = traits;
        }

        public String getCulture() {
            return culture;
        }

        public void setCulture(String culture) {
            this.culture = culture;
        }

        public String getPolicy() {
            return policy;
        }

        public void setPolicy(String policy) {
            this.policy = policy;
        }
    }

    /** The businessStatus group of the form. */
    public static class BusinessStatusFields {
        private String situation;
        private String problems;
        private String prospects;
        private String customerRelations;
        private String bankRelations;
        private String payment;
        private String performance;
        private String competitors;

        BusinessStatus value() {
            return new BusinessStatus(situation, problems, prospects, customerRelations, bankRelations, payment,
                    performance, competitors);
        }

        public String getSituation() {
            return situation;
        }

        public void setSituation(String situation) {
            this.situation = situation;
        }

        public String getProblems() {
            return problems;
        }

        public void setProblems(String problems) {
            this.problems = problems;
        }

        public String getProspects() {
            return prospects;
        }

        public void setProspects(String prospects) {
            this.prospects = prospects;
        }

        public String getCustomerRelations() {
            return customerRelations;
        }

        public void setCustomerRelations(String customerRelations) {
            this.customerRelations = customerRelations;
        }

        public String getBankRelations() {
            return bankRelations;
        }

        public void setBankRelations(String bankRelations) {
            this.bankRelations = bankRelations;
        }

        public String getPayment() {
            return payment;
        }

        public void setPayment(String payment) {
            this.payment = payment;
        }

        public String getPerformance() {
            return performance;
        }

        public void setPerformance(String performance) {
            this.performance = performance;
        }

        public String getCompetitors() {
            return competitors;
        }

        public void setCompetitors(String competitors) {
            this.competitors = competitors;
        }
    }

    /** The behaviour group of the form. */
    public static class BehaviourFields {
        private String response;
        private String frequency;
        private String value;
        private String channel;

        Behaviour value() {
            return new Behaviour(response, frequency, value, channel);
        }

        public String getResponse() {
            return response;
        }

        public void setResponse(String response) {
            this.response = response;
        }

        public String getFrequency() {
            return frequency;
        }

        public void setFrequency(String frequency) {
            this.frequency = frequency;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getChannel() {
            return channel;
        }

        public void setChannel(String channel) {
            this.channel = channel;
        }
    }
}
