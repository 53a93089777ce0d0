package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.application.project.CategoryView;
import cn.sunledger.ledger.application.project.ProjectFilter;
import cn.sunledger.ledger.application.project.ProjectLibrary;
import cn.sunledger.ledger.application.project.ProjectSummary;
import cn.sunledger.ledger.domain.model.project.ProjectStatus;
import cn.sunledger.ledger.domain.model.region.RegionCode;
import cn.sunledger.ledger.infrastructure.time.BusinessClock;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.primefaces.model.LazyDataModel;

/**
 * The project library list ({@code projects.xhtml}): filters by year, status, category and region within the
 * caller's scope; pages are loaded lazily from the library (page, size, total); the XLSX export link carries
 * the same filter.
 */
@Named
@ViewScoped
public class ProjectListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BusinessClock clock;

    @Inject
    transient ProjectLibrary library;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient CurrentCaller caller;

    private Integer year;
    private ProjectStatus status;
    private String category;
    private String region;

    private List<SelectItem> categoryItems = List.of();
    private Map<String, String> categoryNames = Map.of();
    private List<SelectItem> regionItems = List.of();
    private final Map<String, String> villageNames = new HashMap<>();
    private final Projects projects = new Projects();

    @PostConstruct
    void init() {
        List<CategoryView> all = library.categories();
        categoryNames = all.stream().collect(Collectors.toMap(CategoryView::code, CategoryView::name));
        List<SelectItem> items = new ArrayList<>();
        for (CategoryView top : all.stream().filter(c -> c.parentCode() == null).toList()) {
            items.add(new SelectItem(top.code(), top.name()));
            all.stream().filter(c -> top.code().equals(c.parentCode()))
                    .forEach(c -> items.add(new SelectItem(c.code(), "\u3000" + c.name())));
        }
        categoryItems = items;
        regionItems = ScopeRegions.of(regions, caller.get());
    }

    /** Filters changed: the table starts again at its first page. */
    public void search() {
        projects.restart();
    }

    public ProjectFilter filter() {
        return new ProjectFilter(year, status, blankToNull(category),
                region == null || region.isBlank() ? null : RegionCode.of(region));
    }

    /** The export of every row of the current filter (the REST call, which the session authenticates). */
    public String getExportUrl() {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestContextPath()).append("/api/projects/export.xlsx?");
        param(url, "year", year == null ? null : year.toString());
        param(url, "status", status == null ? null : status.name());
        param(url, "category", blankToNull(category));
        param(url, "region", blankToNull(region));
        return url.toString();
    }

    private static void param(StringBuilder url, String name, String value) {
        if (value != null) {
            url.append(url.charAt(url.length() - 1) == '?' ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public String villageName(String code) {
        return villageNames.getOrDefault(code, code);
    }

    public String categoryName(String code) {
        return categoryNames.getOrDefault(code, code);
    }

    public List<Integer> getYears() {
        int now = clock.today().getYear();
        return IntStream.rangeClosed(now - 5, now + 3).boxed().sorted((a, b) -> b - a).toList();
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public LazyDataModel<ProjectSummary> getProjects() {
        return projects;
    }

    /** One page from the library, and the names of its villages in one lookup. */
    private final class Projects extends PagedDataModel<ProjectSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Page<ProjectSummary> fetch(int page, int size) {
            Page<ProjectSummary> found = library.list(caller.get(), filter(), page, size);
            villageNames.putAll(regions.names(caller.get(),
                    found.items().stream().map(ProjectSummary::villageCode).toList()));
            return found;
        }

        @Override
        protected String key(ProjectSummary p) {
            return String.valueOf(p.id());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public List<SelectItem> getCategoryItems() {
        return categoryItems;
    }

    public List<SelectItem> getRegionItems() {
        return regionItems;
    }
}
