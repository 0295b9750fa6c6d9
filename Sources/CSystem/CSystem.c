#define _GNU_SOURCE
#include "CSystem.h"
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

int newsdesk_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

int newsdesk_accept_cloexec(int fd) { return accept4(fd, NULL, NULL, SOCK_CLOEXEC); }

int newsdesk_die_with_parent(void) { return prctl(PR_SET_PDEATHSIG, SIGKILL); }

int newsdesk_limit_address_space(size_t bytes) {
    struct rlimit limit = { .rlim_cur = bytes, .rlim_max = bytes };
    return setrlimit(RLIMIT_AS, &limit);
}

int newsdesk_disable_core_dumps(void) {
    struct rlimit limit = { .rlim_cur = 0, .rlim_max = 0 };
    return setrlimit(RLIMIT_CORE, &limit);
}
