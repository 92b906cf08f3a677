package vn.motcua.applicant.internal;

import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.applicant.ApplicantProfile;
import vn.motcua.applicant.Applicants;

/** Two demo citizens, in the demo profile only (their password is "demo"). */
@Component
@Profile("demo")
@Order(20)
class DemoApplicants implements ApplicationRunner {

  private final Applicants applicants;

  DemoApplicants(Applicants applicants) {
    this.applicants = applicants;
  }

  @Override
  public void run(ApplicationArguments args) {
    applicants.register(
        ApplicantProfile.individual(
            "citizen1",
            "Nguyễn Văn An",
            "040090001234",
            LocalDate.of(1990, 3, 14),
            "0912345678",
            "an.nguyen@example.vn",
            "Xóm Châu Nhân 2, xã Lam Thành, tỉnh Nghệ An"),
        "demo");
    applicants.register(
        ApplicantProfile.individual(
            "citizen2",
            "Trần Thị Bình",
            "040195004321",
            LocalDate.of(1995, 8, 2),
            "0987654321",
            "binh.tran@example.vn",
            "Khối 5, xã Hưng Nguyên, tỉnh Nghệ An"),
        "demo");
  }
}
