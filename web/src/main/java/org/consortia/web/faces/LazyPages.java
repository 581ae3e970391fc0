package org.consortia.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.consortia.listing.Page;
import org.consortia.listing.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The one adapter between a PrimeFaces lazy table and a service's paged list: the table's page and
 * sort become a {@link PageRequest}, and the service's {@link Page} gives the rows and their number.
 * The filters are the view's own (carried in the page's address), not the table's.
 */
public class LazyPages<T> extends LazyDataModel<T> {

    /** The service call that reads one page. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> read(PageRequest request);
    }

    /** What identifies a row, for the table's row keys. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        Object of(T row);
    }

    private final String defaultSort;
    private final boolean defaultAscending;
    private final Source<T> source;
    private final RowKey<T> rowKey;

    public LazyPages(String defaultSort, Source<T> source, RowKey<T> rowKey) {
        this(defaultSort, true, source, rowKey);
    }

    /** Sorted by {@code defaultSort} until the person sorts otherwise, descending unless {@code defaultAscending}. */
    public LazyPages(String defaultSort, boolean defaultAscending, Source<T> source, RowKey<T> rowKey) {
        this.defaultSort = defaultSort;
        this.defaultAscending = defaultAscending;
        this.source = source;
        this.rowKey = rowKey;
    }

    /** The number of rows comes with each page, so it is never asked for on its own. */
    @Override
    public int count(Map<String, FilterMeta> filters) {
        return 0;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        SortMeta order = sort.values().stream().findFirst().orElse(null);
        Page<T> page = source.read(order == null ? new PageRequest(first, pageSize, defaultSort, defaultAscending)
                : new PageRequest(first, pageSize, order.getField(), order.getOrder() != SortOrder.DESCENDING));
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.of(row));
    }
}
