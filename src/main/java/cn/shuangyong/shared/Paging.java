package cn.shuangyong.shared;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Which page of a list to read: pages count from 0 and hold {@link #DEFAULT_SIZE} rows unless asked otherwise. Values
 * out of range are clamped, never refused, so a client that asks for too much still gets an answer: a page below 0
 * reads page 0, a size below 1 reads one row and a size above {@link #MAX_SIZE} reads {@link #MAX_SIZE} rows. A list
 * query ends with {@link #SQL} after an {@code order by} whose last key is the id, so that pages never overlap, and
 * lets this request bind it ({@link #bind(StatementSpec)}), as the data scope binds {@code :scope}.
 */
public record Paging(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	/** The most rows one page holds; a larger size is read as this. */
	public static final int MAX_SIZE = 500;

	/** How a list API's operation describes its paging (OpenAPI). */
	public static final String API_DESCRIPTION = "分页：page 从 0 起，size 默认 20、最大 500（超过按 500），"
			+ "答复为 {content, totalElements, page, size}";

	/** What a paged query ends with, after its {@code order by … , id}. */
	public static final String SQL = " limit :limit offset :offset";

	public Paging {
		page = Math.max(0, page);
		size = Math.max(1, Math.min(size, MAX_SIZE));
	}

	/** A request as the web binds it: a missing page is the first, a missing size the default. */
	public static Paging of(Integer page, Integer size) {
		return new Paging(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
	}

	/** The first page of the default size. */
	public static Paging first() {
		return new Paging(0, DEFAULT_SIZE);
	}

	/** How many rows come before this page. */
	public long offset() {
		return (long) page * size;
	}

	/** Binds {@code :limit} and {@code :offset} of a query that ends with {@link #SQL}. */
	public StatementSpec bind(StatementSpec query) {
		return query.param("limit", size).param("offset", offset());
	}

	/** Binds {@code :limit} and {@code :offset} into the parameters of a query assembled from parts. */
	public Map<String, Object> bind(Map<String, Object> parameters) {
		parameters.put("limit", size);
		parameters.put("offset", offset());
		return parameters;
	}

	/** The page of this request, holding the rows read and the count of all rows the list has. */
	public <T> ListPage<T> of(List<T> content, long totalElements) {
		return new ListPage<>(content, totalElements, page, size);
	}

	/** This page of a list already read whole, for lists whose order SQL cannot give. */
	public <T> ListPage<T> slice(List<T> all) {
		int from = (int) Math.min(offset(), all.size());
		return of(List.copyOf(all.subList(from, Math.min(all.size(), from + size))), all.size());
	}
}
