package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.distribution.HouseholdChoice;
import cn.sunledger.ledger.domain.model.asset.AssetStatus;
import cn.sunledger.ledger.domain.model.asset.DisposalMethod;
import cn.sunledger.ledger.domain.model.asset.FourBatch;
import cn.sunledger.ledger.domain.model.asset.IncomeKind;
import cn.sunledger.ledger.domain.model.asset.OperationMode;
import cn.sunledger.ledger.domain.model.asset.OwnerLevel;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the step dialog of the asset page holds: the fields of every step (only the open step's are shown), amounts
 * as typed text until they are checked, the step's business date as {@code on}.
 */
public class AssetStepForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate on;
    // 确权
    private OwnerLevel ownerLevel;
    private String ownerName;
    /** At the level 农户: the household of the register picked as the owner. */
    private HouseholdChoice household;
    private String supervisingDepartment;
    private String decisionRef;
    // 移交
    private String fromUnit;
    private String assetList;
    private String acceptanceReportRef;
    private String archiveList;
    private LocalDate bookedOn;
    // 接收确认, disposal steps
    private String opinion;
    // 运营
    private OperationMode mode;
    private String operator;
    private LocalDate contractFrom;
    private LocalDate contractTo;
    private String expectedAnnualIncome;
    private String contractRef;
    private String villageDecisionRef;
    private String townshipApprovalRef;
    // 管护
    private String caretaker;
    private String work;
    private String cost;
    private String doneBy;
    // 收益
    private IncomeKind incomeKind;
    private String payer;
    private String amount;
    private String receiptNo;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    // 状态与四个一批
    private AssetStatus status;
    private FourBatch fourBatch;
    private String measure;
    private String documentRef;
    // 处置
    private DisposalMethod method;
    private String reason;
    private String appraisedValue;
    private String proceedsUse;
    private String proceeds;

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public OwnerLevel getOwnerLevel() {
        return ownerLevel;
    }

    public void setOwnerLevel(OwnerLevel ownerLevel) {
        this.ownerLevel = ownerLevel;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public HouseholdChoice getHousehold() {
        return household;
    }

    public void setHousehold(HouseholdChoice household) {
        this.household = household;
    }

    public String getSupervisingDepartment() {
        return supervisingDepartment;
    }

    public void setSupervisingDepartment(String supervisingDepartment) {
        this.supervisingDepartment = supervisingDepartment;
    }

    public String getDecisionRef() {
        return decisionRef;
    }

    public void setDecisionRef(String decisionRef) {
        this.decisionRef = decisionRef;
    }

    public String getFromUnit() {
        return fromUnit;
    }

    public void setFromUnit(String fromUnit) {
        this.fromUnit = fromUnit;
    }

    public String getAssetList() {
        return assetList;
    }

    public void setAssetList(String assetList) {
        this.assetList = assetList;
    }

    public String getAcceptanceReportRef() {
        return acceptanceReportRef;
    }

    public void setAcceptanceReportRef(String acceptanceReportRef) {
        this.acceptanceReportRef = acceptanceReportRef;
    }

    public String getArchiveList() {
        return archiveList;
    }

    public void setArchiveList(String archiveList) {
        this.archiveList = archiveList;
    }

    public LocalDate getBookedOn() {
        return bookedOn;
    }

    public void setBookedOn(LocalDate bookedOn) {
        this.bookedOn = bookedOn;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public OperationMode getMode() {
        return mode;
    }

    public void setMode(OperationMode mode) {
        this.mode = mode;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    public LocalDate getContractFrom() {
        return contractFrom;
    }

    public void setContractFrom(LocalDate contractFrom) {
        this.contractFrom = contractFrom;
    }

    public LocalDate getContractTo() {
        return contractTo;
    }

    public void setContractTo(LocalDate contractTo) {
        this.contractTo = contractTo;
    }

    public String getExpectedAnnualIncome() {
        return expectedAnnualIncome;
    }

    public void setExpectedAnnualIncome(String expectedAnnualIncome) {
        this.expectedAnnualIncome = expectedAnnualIncome;
    }

    public String getContractRef() {
        return contractRef;
    }

    public void setContractRef(String contractRef) {
        this.contractRef = contractRef;
    }

    public String getVillageDecisionRef() {
        return villageDecisionRef;
    }

    public void setVillageDecisionRef(String villageDecisionRef) {
        this.villageDecisionRef = villageDecisionRef;
    }

    public String getTownshipApprovalRef() {
        return townshipApprovalRef;
    }

    public void setTownshipApprovalRef(String townshipApprovalRef) {
        this.townshipApprovalRef = townshipApprovalRef;
    }

    public String getCaretaker() {
        return caretaker;
    }

    public void setCaretaker(String caretaker) {
        this.caretaker = caretaker;
    }

    public String getWork() {
        return work;
    }

    public void setWork(String work) {
        this.work = work;
    }

    public String getCost() {
        return cost;
    }

    public void setCost(String cost) {
        this.cost = cost;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public void setDoneBy(String doneBy) {
        this.doneBy = doneBy;
    }

    public AssetStatus getStatus() {
        return status;
    }

    public void setStatus(AssetStatus status) {
        this.status = status;
    }

    public FourBatch getFourBatch() {
        return fourBatch;
    }

    public void setFourBatch(FourBatch fourBatch) {
        this.fourBatch = fourBatch;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String getDocumentRef() {
        return documentRef;
    }

    public void setDocumentRef(String documentRef) {
        this.documentRef = documentRef;
    }

    public DisposalMethod getMethod() {
        return method;
    }

    public void setMethod(DisposalMethod method) {
        this.method = method;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getAppraisedValue() {
        return appraisedValue;
    }

    public void setAppraisedValue(String appraisedValue) {
        this.appraisedValue = appraisedValue;
    }

    public String getProceedsUse() {
        return proceedsUse;
    }

    public void setProceedsUse(String proceedsUse) {
        this.proceedsUse = proceedsUse;
    }

    public String getProceeds() {
        return proceeds;
    }

    public void setProceeds(String proceeds) {
        this.proceeds = proceeds;
    }
    public IncomeKind getIncomeKind() {
        return incomeKind;
    }

    public void setIncomeKind(IncomeKind incomeKind) {
        this.incomeKind = incomeKind;
    }

    public String getPayer() {
        return payer;
    }

    public void setPayer(String payer) {
        this.payer = payer;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getReceiptNo() {
        return receiptNo;
    }

    public void setReceiptNo(String receiptNo) {
        this.receiptNo = receiptNo;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }
}
