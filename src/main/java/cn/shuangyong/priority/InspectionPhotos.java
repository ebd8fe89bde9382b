package cn.shuangyong.priority;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.Permission;
import cn.shuangyong.shared.files.FileFolder;
import cn.shuangyong.shared.files.FileKind;
import cn.shuangyong.shared.files.FileStore;
import cn.shuangyong.shared.files.SizeLimit;
import cn.shuangyong.shared.files.Upload;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Photos of a place, taken with its self-check or with a finding: JPG or PNG only, told by content and matching the
 * name, each under the size limit, at most five at a time; kept in the one file store under generated names, and
 * shown only to users whose scope holds the place.
 */
@Component
public class InspectionPhotos {

	static final int MAX_PHOTOS = 5;

	private final JdbcClient jdbc;

	private final FileFolder folder;

	private final SizeLimit limit;

	private final BusinessClock clock;

	InspectionPhotos(JdbcClient jdbc, FileStore store, BusinessClock clock,
			@Value("${shuangyong.priority.photo-max-bytes:5242880}") long maxBytes) {
		this.jdbc = jdbc;
		this.folder = store.folder("priority");
		this.limit = new SizeLimit(maxBytes, "照片");
		this.clock = clock;
	}

	/** A photo as pages link it. */
	public record PhotoRef(UUID id, String name) {
	}

	/** Refuses photos that would not be kept, before anything is written. */
	void check(List<Upload> photos) {
		if (photos.size() > MAX_PHOTOS) {
			throw new InvalidInputException("照片：一次最多上传 " + MAX_PHOTOS + " 张");
		}
		for (Upload photo : photos) {
			limit.check(photo.content().length);
			FileKind.check("照片", photo.name(), photo.content(), FileKind.PHOTOS);
		}
	}

	void store(long campaignId, Place place, Long findingId, List<Upload> photos, CurrentUser by) {
		check(photos);
		for (Upload photo : photos) {
			FileKind kind = FileKind.check("照片", photo.name(), photo.content(), FileKind.PHOTOS);
			UUID id = UUID.fromString(folder.write(photo.content(), limit));
			jdbc.sql("""
					insert into priority.photo (id, campaign_id, place_id, finding_id, region_code, original_name,
					  content_type, size_bytes, sha256, uploaded_by, uploaded_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, campaignId, place.id(), findingId, place.regionCode(), photo.name(), kind.mediaType(),
						photo.content().length, sha256(photo.content()), by.getUsername(), OffsetDateTime.now(clock.clock()))
				.update();
		}
	}

	/** The photos of these findings, by finding. */
	public Map<Long, List<PhotoRef>> ofFindings(Collection<Long> findingIds) {
		Map<Long, List<PhotoRef>> photos = new LinkedHashMap<>();
		if (findingIds.isEmpty()) {
			return photos;
		}
		jdbc.sql("select id, finding_id, original_name from priority.photo where finding_id = any(?) order by uploaded_at, id")
			.param(findingIds.toArray(Long[]::new))
			.query(rs -> {
				photos.computeIfAbsent(rs.getLong("finding_id"), k -> new java.util.ArrayList<>())
					.add(new PhotoRef(rs.getObject("id", UUID.class), rs.getString("original_name")));
			});
		return photos;
	}

	/** The photos of a place's self-check in a campaign. */
	public List<PhotoRef> ofSelfCheck(long campaignId, long placeId) {
		return jdbc.sql("""
				select id, original_name from priority.photo
				where campaign_id = ? and place_id = ? and finding_id is null order by uploaded_at, id""")
			.params(campaignId, placeId)
			.query((rs, n) -> new PhotoRef(rs.getObject("id", UUID.class), rs.getString("original_name"))).list();
	}

	/** A photo's type and bytes, for a user whose scope holds its place; otherwise 404. */
	public Photo load(UUID id, CurrentUser by) {
		record Row(String type, String region) {
		}
		Row row = jdbc.sql("select content_type, region_code from priority.photo where id = ?").param(id)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2))).optional()
			.orElseThrow(() -> new NotFoundException("照片不存在"));
		by.mayRead(row.region(), Permission.WORK_READ, "照片不存在");
		return new Photo(row.type(), folder.read(id.toString()));
	}

	/** A stored photo's type and bytes. */
	public record Photo(String contentType, byte[] content) {
	}

	private static String sha256(byte[] content) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
