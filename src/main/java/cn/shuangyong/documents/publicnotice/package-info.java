/**
 * 公示 with objections, the one way every module runs one: {@link cn.shuangyong.documents.publicnotice.PublicNotices}
 * opens a 公示 of a subject (the owning module's record) for a period counted in working days, announced by a
 * document of the register; it records the objections the public raises, each answered (upheld or not, with the
 * reason), and refuses to close while one is unanswered. Closing publishes
 * {@link cn.shuangyong.documents.publicnotice.PublicNoticeClosed} with the outcome. Who may run a 公示 is the owning
 * module's rule: it checks its user before calling here.
 */
@org.springframework.modulith.NamedInterface("publicnotice")
package cn.shuangyong.documents.publicnotice;
