package cn.shuangyong.modelcity;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.BusinessClock;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.CurrentUser;
import cn.shuangyong.shared.InvalidInputException;
import cn.shuangyong.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 公示: the office records each objection the public raises (who, what, when, by which channel), handles and
 * answers it, and closes the 公示 after its last day once none is left unanswered.
 */
@Service
@Transactional
public class PublicNotice {

	private final CampaignAccess access;

	private final CampaignStore store;

	private final CampaignLog log;

	private final JdbcClient jdbc;

	private final BusinessClock businessClock;

	PublicNotice(CampaignAccess access, CampaignStore store, CampaignLog log, JdbcClient jdbc,
			BusinessClock businessClock) {
		this.access = access;
		this.store = store;
		this.log = log;
		this.jdbc = jdbc;
		this.businessClock = businessClock;
	}

	/** Returns the objection's id. */
	public long recordObjection(long campaignId, ObjectionInput objection, CurrentUser by) {
		Campaign campaign = access.asReviewer(campaignId, by);
		campaign.acceptObjection(objection.receivedOn(), businessClock.today());
		List<String> problems = new ArrayList<>();
		String objector = Reviewing.required(objection.objector(), "异议人（匿名的写“匿名”）", 100, problems);
		String channel = Reviewing.required(objection.channel(), "收到方式", 40, problems);
		String content = Reviewing.required(objection.content(), "异议内容", 4000, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long id = jdbc.sql("""
				insert into modelcity.objection (campaign_id, received_on, objector, channel, content, recorded_by, recorded_at)
				values (:c, :d, :o, :ch, :t, :by, :at) returning id""")
			.param("c", campaignId).param("d", objection.receivedOn()).param("o", objector).param("ch", channel)
			.param("t", content).param("by", by.getUsername()).param("at", Timestamp.from(businessClock.now()))
			.query(Long.class).single();
		log.record(campaignId, "OBJECTION_RECORDED", "异议 " + id + "（" + objection.receivedOn() + "）", by);
		return id;
	}

	/** Records how an objection was handled and the answer given; an answer is final. */
	public void answer(long campaignId, long objectionId, String handling, String answer, CurrentUser by) {
		Campaign campaign = access.asReviewer(campaignId, by);
		campaign.requireNoticeRunning("答复异议");
		Boolean answered = jdbc.sql("select answer is not null from modelcity.objection where id = :o and campaign_id = :c")
			.param("o", objectionId).param("c", campaignId).query(Boolean.class).optional()
			.orElseThrow(() -> new NotFoundException("异议不存在"));
		if (answered) {
			throw new ConflictException("该异议已经答复");
		}
		List<String> problems = new ArrayList<>();
		String how = Reviewing.required(handling, "核查处理情况", 4000, problems);
		String reply = Reviewing.required(answer, "答复内容", 4000, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		jdbc.sql("""
				update modelcity.objection set handling = :h, answer = :a, answered_by = :by, answered_on = :d
				where id = :o""")
			.param("h", how).param("a", reply).param("by", by.getUsername()).param("d", businessClock.today())
			.param("o", objectionId).update();
		log.record(campaignId, "OBJECTION_ANSWERED", "异议 " + objectionId, by);
	}

	public void close(long campaignId, boolean recommend, String note, CurrentUser by) {
		Campaign campaign = access.asReviewer(campaignId, by);
		long unanswered = jdbc.sql("select count(*) from modelcity.objection where campaign_id = :c and answer is null")
			.param("c", campaignId).query(Long.class).single();
		campaign.closeNotice(recommend, note, unanswered, businessClock.today());
		store.save(campaign);
		log.record(campaignId, recommend ? "RECOMMENDED" : "NOT_RECOMMENDED", note, by);
	}

	/** An objection as the office records it. */
	public record ObjectionInput(LocalDate receivedOn, String objector, String channel, String content) {
	}
}
