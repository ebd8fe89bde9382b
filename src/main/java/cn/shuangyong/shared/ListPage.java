package cn.shuangyong.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list API answers it ({@code {content, totalElements, page, size}}) and as the shared
 * paging fragment ({@code fragments/paging}) draws it. Pages count from 0; see {@link Paging} for the request.
 */
public record ListPage<T>(List<T> content, long totalElements, int page, int size) {

	public ListPage {
		content = List.copyOf(content);
	}

	/** The same page with each row turned into what the caller shows, e.g. its JSON record. */
	public <R> ListPage<R> map(Function<? super T, ? extends R> each) {
		return new ListPage<>(content.stream().<R>map(each).toList(), totalElements, page, size);
	}

	public int totalPages() {
		return (int) ((totalElements + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}
}
