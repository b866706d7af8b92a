package com.logicrm.classification;

import com.logicrm.access.OnBehalf;
import com.logicrm.access.SignedInUser;
import com.logicrm.shared.jobs.JobFailure;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * Background work of this module runs as the person who started it, whose right to start it is checked
 * again when the work begins (it may have been taken away meanwhile). A refusal or failure is recorded
 * through {@code failed} with the message code to show, then fails the job.
 */
public final class OnBehalfOfStarter {

    private OnBehalfOfStarter() {
    }

    public static void run(OnBehalf onBehalf, String startedBy, String permission, Consumer<SignedInUser> work,
            String refusedCode, String failedCode, Consumer<String> failed) {
        try {
            onBehalf.run(startedBy, user -> {
                if (!user.holds(permission)) {
                    throw new AccessDeniedException(permission);
                }
                work.accept(user);
            });
        } catch (AccessDeniedException refused) {
            failed.accept(refusedCode);
            throw new JobFailure("not allowed");
        } catch (RuntimeException unexpected) {
            failed.accept(failedCode);
            throw unexpected;
        }
    }
}
