package cn.shuangyong.beneficiaries.honours;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.files.FileFolder;
import cn.shuangyong.shared.files.FileStore;
import cn.shuangyong.shared.files.SizeLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Photos of plaque hangings and merit ceremonies. The type is decided by the content, never by the name: only JPEG
 * and PNG whose header an image reader accepts (ASVS 5.2.2). Each is stored under a generated name outside the web
 * root (ASVS 5.3.2), with a size limit (ASVS 5.2.1), and served only to users whose scope covers its record.
 */
@Component
public class HonourPhotos {

	private final JdbcClient jdbc;

	private final FileFolder folder;

	private final SizeLimit limit;

	HonourPhotos(JdbcClient jdbc, FileStore store,
			@Value("${shuangyong.honours.photo-max-bytes:5242880}") long maxBytes) {
		this.jdbc = jdbc;
		this.folder = store.folder("honours");
		this.limit = new SizeLimit(maxBytes, "照片");
	}

	/** Stores the photo, or returns empty when none was given; bad content changes nothing. */
	public Optional<UUID> store(byte[] content, String regionCode, CurrentUser by) {
		if (content == null || content.length == 0) {
			return Optional.empty();
		}
		limit.check(content.length);
		PhotoType type = PhotoType.of(content).orElseThrow(
				() -> new InvalidInputException("照片须为 JPG 或 PNG 图片（按文件内容判断，而非文件名）"));
		UUID id = UUID.fromString(folder.write(content, limit));
		jdbc.sql("""
				insert into beneficiaries.honour_photo (id, content_type, size_bytes, sha256, region_code, uploaded_by)
				values (:id, :type, :size, :sha, :region, :by)""")
			.param("id", id).param("type", type.contentType()).param("size", content.length)
			.param("sha", sha256(content)).param("region", regionCode).param("by", by.getUsername()).update();
		return Optional.of(id);
	}

	/** The photo, for a user whose scope covers it; otherwise 404. */
	public Photo load(UUID id, CurrentUser user) {
		record Row(String type, String region) {
		}
		Row row = jdbc.sql("select content_type, region_code from beneficiaries.honour_photo where id = :id")
			.param("id", id).query((rs, i) -> new Row(rs.getString(1), rs.getString(2))).optional()
			.orElseThrow(() -> new NotFoundException("照片不存在"));
		HonoursAccess.requireRead(user, row.region(), "照片");
		return new Photo(row.type(), folder.read(id.toString()));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A stored photo's bytes and type. */
	public record Photo(String contentType, byte[] content) {
	}
}
