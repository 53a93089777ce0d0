package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.RegionDirectory;
import cn.sunledger.ledger.domain.model.region.RegionLevel;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.ledger.domain.service.access.AccessPolicy;
import cn.sunledger.ledger.domain.service.access.Action;
import cn.sunledger.ledger.domain.service.access.Caller;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;

/**
 * 导入农户 ({@code household-import.xhtml}): the village, the file, and a progress bar the page polls while the import
 * runs on a container-managed thread. The view keeps only the chosen village; the job lives in
 * {@link HouseholdImportJobs}, per user, so the bar and the result are there again when the page is reopened.
 */
@Named
@ViewScoped
public class HouseholdImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    transient HouseholdImportJobs jobs;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient CurrentCaller caller;

    @Inject
    LocaleView localeView;

    private List<SelectItem> villageItems = List.of();
    private String village;
    private transient UploadedFile file;

    @PostConstruct
    void init() {
        Caller c = caller.get();
        if (AccessPolicy.roleMay(c.role(), Action.REGISTER_HOUSEHOLD)) {
            villageItems = c.homeRegion().level() == RegionLevel.COUNTY
                    ? VillageChoices.ofCounty(regions, c, c.homeRegion())
                    : VillageChoices.forDrafting(regions, c);
            if (villageItems.size() == 1) {
                village = (String) villageItems.get(0).getValue();
            }
        }
    }

    public void start() {
        if (isRunning()) {
            return;
        }
        if (file == null || file.getSize() == 0) {
            UiText.error("householdImport.noFile");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            FacesMessages.refused(LedgerException.tooLarge("error.tooLarge", "10 MB"));
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            FacesMessages.refused(LedgerException.invalid("import.region.unreadable", e.getMessage()));
            return;
        }
        String name = villageItems.stream().filter(i -> i.getValue().equals(village)).map(SelectItem::getLabel)
                .findFirst().orElse(village);
        if (jobs.start(caller.get(), village, name, bytes, localeView.getLocale()).isEmpty()) {
            UiText.error("householdImport.running");
        }
    }

    /** Each poll re-renders the progress; the poll stops itself once the import is over. */
    public void poll() {
        if (!isRunning()) {
            PrimeFaces.current().executeScript("PF('importPoll').stop();");
        }
    }

    public HouseholdImportJob getJob() {
        return jobs.latest(caller.get()).orElse(null);
    }

    public boolean isRunning() {
        HouseholdImportJob job = getJob();
        return job != null && !job.isDone();
    }

    /** The template, with the chosen village's natural villages listed in it. */
    public String getTemplateQuery() {
        return village == null || village.isBlank() ? "" : "?village=" + URLEncoder.encode(village, StandardCharsets.UTF_8);
    }

    public List<SelectItem> getVillageItems() {
        return villageItems;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
