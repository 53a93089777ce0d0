package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.household.HouseholdSheets;
import cn.sunledger.ledger.domain.service.access.Caller;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The household imports of the staff UI, one per user: the latest job of each user (running or finished) is kept
 * here, not in the session, so that the page can be left and opened again while a large file is written, and a
 * session holds nothing of it. A user starts one import at a time; a finished job gives way to the next.
 */
@ApplicationScoped
public class HouseholdImportJobs {

    @Inject
    HouseholdSheets sheets;

    @Resource
    ManagedExecutorService executor;

    private final Map<String, HouseholdImportJob> byUser = new ConcurrentHashMap<>();

    public Optional<HouseholdImportJob> latest(Caller caller) {
        return Optional.ofNullable(byUser.get(caller.username()));
    }

    /**
     * Starts importing {@code file} into {@code village} for {@code caller}; empty when the caller's previous import
     * is still running. Only the running task holds the bytes.
     */
    public Optional<HouseholdImportJob> start(Caller caller, String village, String villageName, byte[] file,
            Locale locale) {
        HouseholdImportJob job = new HouseholdImportJob(villageName);
        HouseholdImportJob previous = byUser.compute(caller.username(),
                (user, running) -> running != null && !running.isDone() ? running : job);
        if (previous != job) {
            return Optional.empty();
        }
        executor.submit(() -> job.run(sheets, caller, village, file, locale));
        return Optional.of(job);
    }
}
