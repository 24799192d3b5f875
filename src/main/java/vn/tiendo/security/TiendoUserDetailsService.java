package vn.tiendo.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account for the login form; erased accounts are disabled and never log in. */
@Service
public class TiendoUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    public TiendoUserDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.principal(username, clock.instant()).orElseThrow(() -> new UsernameNotFoundException("Không có tài khoản"));
    }
}
