package vn.tiendo.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account for the login form; erased accounts are disabled and never log in. */
@Service
public class TiendoUserDetailsService implements UserDetailsService {

    private final UserService users;

    public TiendoUserDetailsService(UserService users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.principal(username).orElseThrow(() -> new UsernameNotFoundException("Không có tài khoản"));
    }
}
