package cn.shuangyong.modelcity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;

import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import cn.shuangyong.shared.files.FileFolder;
import cn.shuangyong.shared.files.FileStore;
import cn.shuangyong.shared.files.SizeLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** The candidate's office scores itself per indicator, describes and attaches its evidence, and submits. */
@Service
@Transactional
public class SelfAssessment {

	private final CampaignAccess access;

	private final CampaignStore store;

	private final Standards standards;

	private final IndicatorScores scores;

	private final FileFolder files;

	private final SizeLimit limit;

	private final CampaignLog log;

	private final JdbcClient jdbc;

	private final BusinessClock clock;

	SelfAssessment(CampaignAccess access, CampaignStore store, Standards standards, IndicatorScores scores,
			FileStore fileStore, CampaignLog log, JdbcClient jdbc, BusinessClock clock,
			@Value("${shuangyong.modelcity.evidence-max-size:20MB}") DataSize maxSize) {
		this.access = access;
		this.store = store;
		this.standards = standards;
		this.scores = scores;
		this.files = fileStore.folder("modelcity");
		this.limit = SizeLimit.of(maxSize, "证明材料");
		this.log = log;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Saves self scores made on the campaign at version {@code seen}; returns the campaign's version after it, which a
	 * submit made at once names.
	 */
	public int save(long campaignId, Integer seen, List<ScoreInput> inputs, CurrentUser by) {
		Campaign campaign = access.asCandidate(campaignId, by);
		campaign.requireSelfAssessing("修改自评");
		campaign.requireSeen(seen, "保存自评");
		scores.save(campaignId, standards.find(campaign.standardId()), inputs, false, 4000);
		int version = store.claim(campaign);
		log.record(campaignId, "SELF_SCORED", inputs.size() + " 项指标", by);
		return version;
	}

	/** Attaches a file to an indicator; its type is read from its content. Returns the file's id. */
	public long attach(long campaignId, long indicatorId, String fileName, byte[] content, CurrentUser by) {
		Campaign campaign = access.asCandidate(campaignId, by);
		campaign.requireSelfAssessing("上传证明材料");
		StandardNode indicator = standards.find(campaign.standardId()).indicators().stream()
			.filter(n -> n.id() == indicatorId).findFirst()
			.orElseThrow(() -> new InvalidInputException("指标 " + indicatorId + " 不属于本次考评所用的标准"));
		if (content == null || content.length == 0) {
			throw new InvalidInputException("请选择要上传的文件");
		}
		EvidenceType type = EvidenceType.of(content).orElseThrow(() -> new InvalidInputException(
				"文件“" + FileName.display(fileName) + "”不是可接受的格式：只接受 PDF、Word（.docx）、Excel（.xlsx）、JPG 和 PNG 文件（按文件内容判断，不看扩展名）"));
		String stored = files.write(content, limit);
		long id = jdbc.sql("""
				insert into modelcity.evidence_file (campaign_id, node_id, display_name, stored_name, file_type, size_bytes,
				  sha256, uploaded_by, uploaded_at)
				values (:c, :n, :d, :s, :t, :size, :h, :by, :at) returning id""")
			.param("c", campaignId).param("n", indicatorId).param("d", FileName.display(fileName, type))
			.param("s", stored).param("t", type.name()).param("size", content.length).param("h", sha256(content))
			.param("by", by.getUsername()).param("at", Timestamp.from(clock.now())).query(Long.class).single();
		log.record(campaignId, "EVIDENCE_ATTACHED", "指标 " + indicator.code() + "：" + FileName.display(fileName, type), by);
		return id;
	}

	public void detach(long campaignId, long fileId, CurrentUser by) {
		Campaign campaign = access.asCandidate(campaignId, by);
		campaign.requireSelfAssessing("删除证明材料");
		String stored = jdbc.sql("select stored_name from modelcity.evidence_file where id = :f and campaign_id = :c")
			.param("f", fileId).param("c", campaignId).query(String.class).optional()
			.orElseThrow(() -> new NotFoundException("证明材料不存在"));
		jdbc.sql("delete from modelcity.evidence_file where id = :f").param("f", fileId).update();
		files.delete(stored);
		log.record(campaignId, "EVIDENCE_REMOVED", "附件 " + fileId, by);
	}

	public void submit(long campaignId, Integer seen, CurrentUser by) {
		Campaign campaign = access.asCandidate(campaignId, by);
		campaign.requireSeen(seen, "提交自评");
		campaign.submitSelfAssessment(scores.gaps(campaignId, standards.find(campaign.standardId()), false));
		store.save(campaign);
		log.record(campaignId, "SELF_SUBMITTED", null, by);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
