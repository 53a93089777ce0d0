package cn.sunledger.ledger.application.household;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.domain.service.access.Caller;
import java.util.List;

/**
 * The protected household register (农户, domain.md §6). ID numbers and phones are sealed at rest and shown masked;
 * a person (by ID number) is in one household of a county at most. Every call is checked by AccessPolicy on the
 * household's natural village (403 first), then by the register's rules (400/422); a refused call changes nothing.
 * Without the server's key file, every call that needs it is refused with 503.
 */
public interface HouseholdRegister {

    HouseholdView register(Caller caller, HouseholdForm form);

    /** The register in the caller's scope, filtered, one page (api.md list convention) with the true total. */
    Page<HouseholdView> list(Caller caller, HouseholdFilter filter, int page, int size);

    /** The household with its category history. */
    HouseholdView household(Caller caller, long id);

    /** A new category: a new history row; the household's current category follows it. */
    HouseholdView changeCategory(Caller caller, long id, CategoryChange change);

    /** The whole ID number, for the role AccessPolicy allows it; the reveal (who, when, why) is recorded first. */
    RevealedId reveal(Caller caller, long id, String reason);

    /** Every recorded reveal of the household's ID number, newest first. */
    List<Reveal> reveals(Caller caller, long id);
}
