package cn.sunledger.it;

/** An accepted 古城村 (宾川) project of a test's own year, no asset formed from it yet: see {@link AcceptedProject}. */
final class GuchengAcceptedProject {

    private GuchengAcceptedProject() {
    }

    /**
     * @param fundYear the fund document's year (within a year of its issue date, six days ago)
     * @param tag      distinguishes the test's 文号 and voucher
     */
    static long walk(int year, String name, int fundYear, String documentAmount, String allocated, String paid,
            String tag) {
        return AcceptedProject.walk(AcceptedProject.GUCHENG, year, name, fundYear, documentAmount, allocated, paid,
                tag);
    }
}
