package cn.sunledger.web.interfaces.web;

import cn.sunledger.ledger.application.Page;
import cn.sunledger.ledger.domain.model.shared.LedgerException;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table over a list the application pages in the database: each page is one call for that
 * page only, and the paginator counts the true total the call returns. A refusal is shown as a message and
 * leaves the table empty. Subclasses say how to fetch a page and what a row's key is.
 */
abstract class PagedDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private long total;

    /** Page {@code page} (from 0) of {@code size} rows, with the total of the whole list. */
    protected abstract Page<T> fetch(int page, int size);

    protected abstract String key(T row);

    /** The filters changed: the table starts again at its first page. */
    void restart() {
        total = 0;
        setRowCount(0);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(total, Integer.MAX_VALUE);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        try {
            Page<T> page = fetch(first / pageSize, pageSize);
            total = page.total();
            setRowCount(count(filterBy));
            return page.items();
        } catch (LedgerException e) {
            FacesMessages.refused(e);
            restart();
            return List.of();
        }
    }

    @Override
    public String getRowKey(T row) {
        return key(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> key(row).equals(rowKey)).findFirst().orElse(null);
    }
}
