package cn.shuangyong.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.DataScope;
import cn.shuangyong.shared.ListPage;
import cn.shuangyong.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The works in the database; every review checks the version it was read at. */
@Repository
class WorkStore {

	private static final String COLUMNS = """
			w.id, w.kind, k.name as kind_name, k.video, k.counts, w.title, w.author_unit_id, w.region_code, w.medium,
			w.published_on, w.link, w.stored_name, w.file_name, w.file_size, w.file_type, w.item_id, w.reviewer_region,
			w.state, w.return_reason, w.national, w.national_outcome, w.version""";

	private static final String FROM = " from publicity.work w join publicity.work_kind k on k.code = w.kind";

	private static final String WHERE = """
			 where w.region_code like :scope
			and (cast(:item as bigint) is null or w.item_id = :item)
			and (cast(:region as varchar) is null or w.region_code like :region || '%')
			and (cast(:state as varchar) is null or w.state = :state)""";

	private final JdbcClient jdbc;

	WorkStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewWork work, WorkKind kind, long authorUnitId, String regionCode, Work.StoredFile file, String reviewerRegion, String by,
			OffsetDateTime at) {
		return jdbc.sql("""
				insert into publicity.work (kind, title, author_unit_id, region_code, medium, published_on, link,
				  stored_name, file_name, file_size, file_type, item_id, reviewer_region, submitted_by, submitted_at)
				values (:kind, :title, :author, :region, :medium, :on, :link, :stored, :fileName, :size, :type, :item,
				  :reviewer, :by, :at) returning id""")
			.param("kind", kind.code()).param("title", work.title()).param("author", authorUnitId)
			.param("region", regionCode).param("medium", work.medium()).param("on", work.publishedOn())
			.param("link", work.link()).param("stored", file == null ? null : file.storedName())
			.param("fileName", file == null ? null : file.name()).param("size", file == null ? null : file.size())
			.param("type", file == null ? null : file.mediaType()).param("item", work.itemId())
			.param("reviewer", reviewerRegion).param("by", by).param("at", at)
			.query(Long.class).single();
	}

	Optional<Work> find(long id) {
		return jdbc.sql("select " + COLUMNS + FROM + " where w.id = :id").param("id", id)
			.query(WorkStore::row).optional();
	}

	/** A page of the works in scope, newest first, filtered by item, region and state when given. */
	ListPage<Work> page(DataScope scope, Long itemId, String region, WorkState state, Paging paging) {
		String stateName = state == null ? null : state.name();
		long total = scope.bind(jdbc.sql("select count(*) from publicity.work w" + WHERE)).param("item", itemId).param("region", region)
			.param("state", stateName).query(Long.class).single();
		List<Work> rows = paging.bind(scope.bind(jdbc.sql("select " + COLUMNS + FROM
				+ WHERE + " order by w.published_on desc, w.id desc"
				+ Paging.SQL)))
			.param("item", itemId).param("region", region).param("state", stateName)
			.query(WorkStore::row).list();
		return paging.of(rows, total);
	}

	/** The review's outcome, written only if nobody reviewed the work in between. */
	void review(Work work, int version, String by, OffsetDateTime at) {
		int changed = jdbc.sql("""
				update publicity.work set state = :state, return_reason = :reason, reviewed_by = :by, reviewed_at = :at,
				  version = version + 1
				where id = :id and version = :version and state = 'SUBMITTED'""")
			.param("state", work.state().name()).param("reason", work.returnReason()).param("by", by).param("at", at)
			.param("id", work.id()).param("version", version).update();
		if (changed == 0) {
			throw new ConflictException("作品已被他人审核或修改，请刷新后重试");
		}
	}

	/** A corrected work back for review, written only if it is still the returned work that was read. */
	void resubmit(Work work, int version, String by, OffsetDateTime at) {
		Work.StoredFile file = work.file();
		int changed = jdbc.sql("""
				update publicity.work set state = 'SUBMITTED', return_reason = null, title = :title, medium = :medium,
				  published_on = :on, link = :link, stored_name = :stored, file_name = :fileName, file_size = :size,
				  file_type = :type, submitted_by = :by, submitted_at = :at, reviewed_by = null, reviewed_at = null,
				  version = version + 1
				where id = :id and version = :version and state = 'RETURNED'""")
			.param("title", work.title()).param("medium", work.medium()).param("on", work.publishedOn())
			.param("link", work.link()).param("stored", file == null ? null : file.storedName())
			.param("fileName", file == null ? null : file.name()).param("size", file == null ? null : file.size())
			.param("type", file == null ? null : file.mediaType()).param("by", by).param("at", at)
			.param("id", work.id()).param("version", version).update();
		if (changed == 0) {
			throw new ConflictException("作品已被他人修改或重新报送，请刷新后重试");
		}
	}

	/** One step of a work's history. */
	void event(long workId, WorkEvent.Action action, String by, OffsetDateTime at, String note) {
		jdbc.sql("insert into publicity.work_event (work_id, action, by_user, at, note) values (:w, :a, :by, :at, :note)")
			.param("w", workId).param("a", action.name()).param("by", by).param("at", at).param("note", note)
			.update();
	}

	/** A work's history, oldest first. */
	List<WorkEvent> history(long workId) {
		return jdbc.sql("select action, by_user, at, note from publicity.work_event where work_id = :w order by id")
			.param("w", workId)
			.query((rs, n) -> new WorkEvent(WorkEvent.Action.valueOf(rs.getString(1)), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class), rs.getString(4)))
			.list();
	}

	/** Marks an accepted work as sent on to a national channel, with the outcome so far. */
	void sentUpward(long id, int version, String channel, String outcome) {
		int changed = jdbc.sql("""
				update publicity.work set national = :channel, national_outcome = :outcome, version = version + 1
				where id = :id and version = :version and state = 'ACCEPTED'""")
			.param("channel", channel).param("outcome", outcome).param("id", id).param("version", version).update();
		if (changed == 0) {
			throw new ConflictException("作品已被他人修改，请刷新后重试");
		}
	}

	/** Accepted works of an item and kind, per author unit. */
	Map<Long, Integer> acceptedByUnit(long itemId, WorkKind kind) {
		Map<Long, Integer> byUnit = new HashMap<>();
		jdbc.sql("""
				select author_unit_id, count(*) from publicity.work
				where item_id = :item and kind = :kind and state = 'ACCEPTED' group by author_unit_id""")
			.param("item", itemId).param("kind", kind.code())
			.query(rs -> {
				byUnit.put(rs.getLong(1), rs.getInt(2));
			});
		return byUnit;
	}

	/** Accepted works of a plan's items: item, kind, the author's region and how many. */
	List<Accepted> acceptedOfItems(List<Long> itemIds) {
		if (itemIds.isEmpty()) {
			return List.of();
		}
		return new ArrayList<>(jdbc.sql("""
				select item_id, kind, region_code, count(*) from publicity.work
				where item_id in (:items) and state = 'ACCEPTED' group by item_id, kind, region_code""")
			.param("items", itemIds)
			.query((rs, n) -> new Accepted(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list());
	}

	record Accepted(long itemId, String kind, String regionCode, int count) {
	}

	private static Work row(ResultSet rs, int n) throws SQLException {
		String stored = rs.getString("stored_name");
		String counts = rs.getString("counts");
		WorkKind kind = new WorkKind(rs.getString("kind"), rs.getString("kind_name"), rs.getBoolean("video"),
				counts.isEmpty() ? java.util.Set.of() : java.util.Set.of(counts.split("\\|")));
		return new Work(rs.getLong("id"), kind, rs.getString("title"),
				rs.getLong("author_unit_id"), rs.getString("region_code"), rs.getString("medium"),
				rs.getObject("published_on", LocalDate.class), rs.getString("link"),
				stored == null ? null : new Work.StoredFile(stored, rs.getString("file_name"), rs.getLong("file_size"),
						rs.getString("file_type")),
				rs.getLong("item_id"), rs.getString("reviewer_region"), WorkState.valueOf(rs.getString("state")),
				rs.getString("return_reason"), rs.getString("national"), rs.getString("national_outcome"),
				rs.getInt("version"));
	}
}
