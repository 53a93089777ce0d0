package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.project.ProjectSheets;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import cn.sunledger.web.security.CurrentCaller;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;

/**
 * The project import screen ({@code project-import.xhtml}): the template link, the upload, and a progress bar
 * the page polls while the import runs on a thread the container manages (so a large file does not hold the
 * request, and the import's transaction and CDI beans work as in a request).
 */
@Named
@ViewScoped
public class ProjectImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    transient ProjectSheets sheets;

    @Inject
    transient CurrentCaller caller;

    @Inject
    LocaleView localeView;

    @Resource
    transient ManagedExecutorService executor;

    private transient UploadedFile file;
    private ProjectImportJob job;

    public void start() {
        if (job != null && !job.isDone()) {
            return;
        }
        if (file == null || file.getSize() == 0) {
            FacesMessages.refused(LedgerException.invalid("import.project.empty", ProjectSheets.PROJECT_SHEET));
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
        ProjectImportJob started = new ProjectImportJob();
        var who = caller.get();
        var locale = localeView.getLocale();
        executor.submit(() -> started.run(sheets, who, bytes, locale));
        job = started;
    }

    /** Each poll re-renders the progress; the poll stops itself once the import is over. */
    public void poll() {
        if (job == null || job.isDone()) {
            PrimeFaces.current().executeScript("PF('importPoll').stop();");
        }
    }

    public boolean isRunning() {
        return job != null && !job.isDone();
    }

    public ProjectImportJob getJob() {
        return job;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
