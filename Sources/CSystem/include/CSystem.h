// Linux calls Swift's Glibc module does not export (they need _GNU_SOURCE), wrapped for the
// Daemon's process supervision. Each returns what the call returns (-1 and errno on failure).
#pragma once
#include <stddef.h>

// pipe2(fds, O_CLOEXEC): both ends close-on-exec from the start, so a child spawned by
// another thread at the same moment never inherits them.
int newsdesk_pipe_cloexec(int fds[2]);

// accept4(fd, NULL, NULL, SOCK_CLOEXEC).
int newsdesk_accept_cloexec(int fd);

// prctl(PR_SET_PDEATHSIG, SIGKILL): this process is killed when its parent dies.
int newsdesk_die_with_parent(void);

// setrlimit(RLIMIT_AS, {bytes, bytes}).
int newsdesk_limit_address_space(size_t bytes);

// setrlimit(RLIMIT_CORE, {0, 0}).
int newsdesk_disable_core_dumps(void);
