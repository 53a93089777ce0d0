package cn.sunledger.ledger.application.fund;

/**
 * The result of recomputing a region's journal chain: how many entries were checked and the first that fails —
 * its own seal no longer matches its content, or it does not link to the entry before it.
 */
public record ChainCheck(String regionCode, int checked, String firstBadEntry, String problem) {

    public boolean intact() {
        return firstBadEntry == null;
    }
}
