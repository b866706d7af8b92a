package com.logicrm.customer;

import com.logicrm.shared.Confidentiality;
import com.logicrm.shared.InvalidField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The archive card of one customer. It guards its lifecycle (a retired or merged record no longer
 * changes) and keeps its derived search grams and completeness in step with its facts.
 */
@Table(schema = "customer", name = "customer")
class Customer {

    @Id
    private Long id;
    private String archiveNo;
    private CustomerKind kind;
    private CustomerCategory category;
    private String specialType;
    private CustomerRelation relation;
    private LifecycleStage stage;
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
    private Long ownerId;
    private Long departmentId;
    private Confidentiality confidentiality;
    private NeedsSegment needsSegment;
    @Embedded.Empty(prefix = "rep_")
    private OperatorProfile operator;
    @Embedded.Empty(prefix = "char_")
    private Characteristics characteristics;
    @Embedded.Empty(prefix = "biz_")
    private BusinessStatus businessStatus;
    @Embedded.Empty(prefix = "beh_")
    private Behaviour behaviour;
    private String[] tags;
    /** Where the first information about this customer came from (COL-1); changes keep theirs in the history. */
    private String source;
    private String[] searchGrams;
    private String nameCore;
    private int completeness;
    private Long mergedInto;
    private Instant reviewedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    Customer() {
    }

    /** Records where the information the card is filed from came from; only a new card takes one. */
    void sourcedFrom(String code) {
        if (id == null) {
            source = code;
        }
    }

    String source() {
        return source;
    }

    static Customer register(String archiveNo, CustomerFacts facts, long ownerId, long departmentId, Instant now) {
        Customer customer = new Customer();
        customer.archiveNo = archiveNo;
        customer.stage = LifecycleStage.POTENTIAL;
        customer.createdAt = now;
        customer.reviewedAt = now;
        customer.apply(facts, ownerId, departmentId, now);
        return customer;
    }

    /** Takes over every fact as given; the caller has validated and normalised them. */
    void apply(CustomerFacts facts, long newOwnerId, long newDepartmentId, Instant now) {
        requireCurrent();
        kind = facts.kind();
        category = facts.category() == null ? CustomerCategory.GENERAL : facts.category();
        specialType = blankToNull(facts.specialType());
        relation = facts.relation() == null ? CustomerRelation.EXTERNAL : facts.relation();
        name = facts.name().trim();
        shortName = blankToNull(facts.shortName());
        creditCode = blankToNull(facts.creditCode());
        residentId = blankToNull(facts.residentId());
        legalForm = blankToNull(facts.legalForm());
        industry = blankToNull(facts.industry());
        registeredCapital = facts.registeredCapital();
        ownership = blankToNull(facts.ownership());
        businessScope = blankToNull(facts.businessScope());
        registrationDate = facts.registrationDate();
        foundingDate = facts.foundingDate();
        tradingSince = facts.tradingSince();
        assets = facts.assets();
        staffCount = facts.staffCount();
        regionCode = blankToNull(facts.regionCode());
        address = blankToNull(facts.address());
        phone = blankToNull(facts.phone());
        mobile = blankToNull(facts.mobile());
        email = blankToNull(facts.email());
        website = blankToNull(facts.website());
        needsSegment = facts.needsSegment();
        confidentiality = facts.confidentiality() == null ? Confidentiality.ORDINARY : facts.confidentiality();
        operator = facts.operator() == null ? OperatorProfile.empty() : facts.operator();
        characteristics = facts.characteristics() == null ? Characteristics.empty() : facts.characteristics();
        businessStatus = facts.businessStatus() == null ? BusinessStatus.empty() : facts.businessStatus();
        behaviour = facts.behaviour() == null ? Behaviour.empty() : facts.behaviour();
        tags = (facts.tags() == null ? List.<String>of() : facts.tags()).toArray(String[]::new);
        ownerId = newOwnerId;
        departmentId = newDepartmentId;
        searchGrams = SearchGrams.of(name, shortName).toArray(String[]::new);
        nameCore = NameSimilarity.core(name);
        completeness = Completeness.of(facts()).score();
        updatedAt = now;
    }

    void moveTo(LifecycleStage newStage, Instant now) {
        requireCurrent();
        if (newStage == LifecycleStage.MERGED) {
            throw new InvalidField("stage", "customer.mergedOnlyByMerge");
        }
        stage = newStage;
        updatedAt = now;
    }

    void markReviewed(Instant now) {
        requireCurrent();
        reviewedAt = now;
    }

    /** The end of a merge (ARC-12): kept for the record, pointing at the survivor, its credit code freed. */
    void mergeInto(long survivorId, Instant now) {
        requireCurrent();
        stage = LifecycleStage.MERGED;
        mergedInto = survivorId;
        updatedAt = now;
    }

    CustomerFacts facts() {
        return new CustomerFacts(kind, category, specialType, relation, name, shortName, creditCode, residentId,
                legalForm, industry, registeredCapital, ownership, businessScope, registrationDate, foundingDate,
                tradingSince, assets, staffCount, regionCode, address, phone, mobile, email, website, needsSegment,
                confidentiality, ownerId, operator, characteristics, businessStatus, behaviour,
                tags == null ? List.of() : List.of(tags));
    }

    CustomerCard card() {
        return new CustomerCard(id, archiveNo, stage, facts(), departmentId, mergedInto, reviewedAt, createdAt,
                updatedAt, version, source);
    }

    void requireCurrent() {
        if (stage != null && !stage.current()) {
            throw new CustomerNotCurrent(archiveNo);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    Long id() {
        return id;
    }

    String archiveNo() {
        return archiveNo;
    }

    LifecycleStage stage() {
        return stage;
    }

    Long ownerId() {
        return ownerId;
    }

    Long departmentId() {
        return departmentId;
    }

    Confidentiality confidentiality() {
        return confidentiality;
    }

    int completeness() {
        return completeness;
    }

    String name() {
        return name;
    }

    Long mergedInto() {
        return mergedInto;
    }

    Instant reviewedAt() {
        return reviewedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Integer version() {
        return version;
    }
}
