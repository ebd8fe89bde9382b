package cn.shuangyong.documents.publicnotice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.shuangyong.calendar.WorkingDayCalendar;
import cn.shuangyong.shared.ConflictException;
import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rules of a 公示, without Spring or a database: its period in working days, objections, answers and closing. */
class PublicNoticeTest {

	static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();

	static final LocalDate TODAY = LocalDate.of(2020, 9, 30);

	static PublicNotice running(LocalDate start, LocalDate end) {
		return new PublicNotice(7, new Subject("modelcity", 3, "禄丰市2020年度双拥模范城（县）考评"), "532331",
				NoticePeriod.between(start, end, CALENDAR), "楚拥办〔2020〕1号", 4);
	}

	static Objection objection(long id, LocalDate receivedOn, String reply) {
		return new Objection(id, 7, receivedOn, "李某", "来电", "反映慰问不到位", "chuxiong", Instant.EPOCH,
				reply == null ? null : Boolean.FALSE, reply == null ? null : "经核查名单齐全", reply, null, null);
	}

	@Test
	void aPeriodOfWorkingDaysEndsOnTheLastOfThemAsTheCalendarCountsThem() {
		assertThat(NoticePeriod.of(LocalDate.of(2020, 9, 8), 5, CALENDAR).end()).isEqualTo(LocalDate.of(2020, 9, 14));
		// 国庆 2020: 10月1日至8日放假, 9月27日（周日）和10月10日（周六）上班.
		NoticePeriod overTheHoliday = NoticePeriod.of(LocalDate.of(2020, 9, 28), 5, CALENDAR);
		assertThat(overTheHoliday.end()).isEqualTo(LocalDate.of(2020, 10, 10));
		assertThat(NoticePeriod.between(LocalDate.of(2020, 9, 24), LocalDate.of(2020, 10, 10), CALENDAR).workingDays())
			.isEqualTo(8);
		assertThat(NoticePeriod.of(LocalDate.of(2020, 9, 12), 1, CALENDAR).end())
			.as("a first day off does not count").isEqualTo(LocalDate.of(2020, 9, 14));
	}

	@Test
	void aPeriodNeedsAWorkingDayAndItsDaysInOrder() {
		assertThatThrownBy(() -> NoticePeriod.between(LocalDate.of(2020, 10, 3), LocalDate.of(2020, 10, 4), CALENDAR))
			.isInstanceOf(InvalidInputException.class).hasMessage("公示期 2020-10-03 至 2020-10-04 内没有工作日");
		assertThatThrownBy(() -> NoticePeriod.between(LocalDate.of(2020, 9, 21), LocalDate.of(2020, 9, 20), CALENDAR))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("早于开始日期");
		assertThatThrownBy(() -> NoticePeriod.of(LocalDate.of(2020, 9, 21), 0, CALENDAR))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("至少 1 个工作日");
		assertThatThrownBy(() -> NoticePeriod.between(null, LocalDate.of(2020, 9, 20), CALENDAR))
			.isInstanceOf(InvalidInputException.class).hasMessage("请填写公示的开始和结束日期");
	}

	@Test
	void objectionsAreReceivedWithinThePeriodAndNotInTheFuture() {
		PublicNotice notice = running(LocalDate.of(2020, 9, 21), LocalDate.of(2020, 10, 5));
		notice.acceptObjection(LocalDate.of(2020, 9, 21), TODAY);
		assertThatThrownBy(() -> notice.acceptObjection(LocalDate.of(2020, 9, 20), TODAY))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("不在公示期 2020-09-21 至 2020-10-05 内");
		assertThatThrownBy(() -> notice.acceptObjection(LocalDate.of(2020, 10, 1), TODAY))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("晚于今天");
		assertThatThrownBy(() -> notice.acceptObjection(null, TODAY)).isInstanceOf(InvalidInputException.class)
			.hasMessage("请填写收到异议的日期");
	}

	@Test
	void anObjectionIsRecordedWithWhoHowAndWhat() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> new ObjectionInput(TODAY, " ", "来电", "x".repeat(4001)).checked());
		assertThat(refused.problems()).containsExactly("请填写异议人（匿名的写“匿名”）", "异议内容不能超过 4000 字");
		assertThat(new ObjectionInput(TODAY, " 匿名 ", "来信", "反映慰问不到位").checked().objector()).isEqualTo("匿名");
	}

	@Test
	void anAnswerSaysWhetherTheObjectionIsUpheldAndWhy() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> new ObjectionAnswer(null, "", "已电话答复").checked());
		assertThat(refused.problems()).containsExactly("请选择异议是否成立", "请填写核查处理情况");
		ObjectionAnswer answer = new ObjectionAnswer(true, "经核查，漏登一户", "已补登并答复").checked();
		assertThat(answer.upheld()).isTrue();
	}

	@Test
	void cannotCloseWhileAnObjectionIsUnansweredAndTheRefusalNamesIt() {
		PublicNotice notice = running(LocalDate.of(2020, 9, 21), LocalDate.of(2020, 9, 29));
		List<Objection> open = List.of(objection(12, LocalDate.of(2020, 9, 25), null),
				objection(14, LocalDate.of(2020, 9, 28), null));
		assertThatThrownBy(() -> notice.close(NoticeOutcome.CONFIRMED, null, open, TODAY))
			.isInstanceOf(ConflictException.class)
			.hasMessage("还有 2 条异议未答复（异议 12（2020-09-25 收到）、异议 14（2020-09-28 收到）），答复后才能结束公示");
		assertThat(notice.running()).isTrue();
		notice.close(NoticeOutcome.CONFIRMED, null, List.of(), TODAY);
		assertThat(notice.outcome()).isEqualTo(NoticeOutcome.CONFIRMED);
		assertThat(notice.closedOn()).isEqualTo(TODAY);
	}

	@Test
	void closesOnlyAfterTheLastDayAndANoticeThatFailsSaysWhy() {
		assertThatThrownBy(() -> running(LocalDate.of(2020, 9, 21), TODAY).close(NoticeOutcome.CONFIRMED, null,
				List.of(), TODAY)).isInstanceOf(ConflictException.class).hasMessageContaining("期满后才能结束公示");
		PublicNotice notice = running(LocalDate.of(2020, 9, 21), LocalDate.of(2020, 9, 25));
		assertThatThrownBy(() -> notice.close(NoticeOutcome.OVERTURNED, " ", List.of(), TODAY))
			.isInstanceOf(InvalidInputException.class).hasMessage("公示未通过时须写明理由");
		notice.close(NoticeOutcome.OVERTURNED, "异议成立：走访台账不实", List.of(), TODAY);
		assertThat(notice.closingNote()).isEqualTo("异议成立：走访台账不实");
	}

	@Test
	void aClosedNoticeTakesNoMoreObjectionsAnswersOrClosing() {
		PublicNotice notice = running(LocalDate.of(2020, 9, 21), LocalDate.of(2020, 9, 25));
		notice.close(NoticeOutcome.CONFIRMED, null, List.of(), TODAY);
		assertThatThrownBy(() -> notice.acceptObjection(LocalDate.of(2020, 9, 22), TODAY))
			.isInstanceOf(ConflictException.class).hasMessage("公示已于 2020-09-30 结束（公示通过），不能登记异议");
		assertThatThrownBy(() -> notice.requireRunning("答复异议")).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> notice.close(NoticeOutcome.CONFIRMED, null, List.of(), TODAY))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void aStaleVersionIsRefused() {
		PublicNotice notice = running(LocalDate.of(2020, 9, 21), LocalDate.of(2020, 9, 25));
		notice.requireVersion(4);
		assertThatThrownBy(() -> notice.requireVersion(3)).isInstanceOf(ConflictException.class)
			.hasMessage("该公示已被他人修改（您看到的是第 3 版，现为第 4 版），请刷新后再操作");
	}
}
