package cn.sunledger.ledger.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of the configurable two-level category table (产业发展 → 生产, 加工流通 …). */
@Entity
@Table(name = "project_category")
public class ProjectCategory {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "parent_code", length = 20)
    private String parentCode;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ProjectCategory() {
    }

    public ProjectCategory(String code, String name, String parentCode, int sortOrder) {
        this.code = code;
        this.name = name;
        this.parentCode = parentCode;
        this.sortOrder = sortOrder;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String parentCode() {
        return parentCode;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
